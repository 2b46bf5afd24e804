package io.chaingraph.api.gap;

import java.util.List;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code ChainGapOverview}: every chain's gap summary in one region, the chains to work on first.
 *
 * @param region the region
 * @param weakBelow the threshold applied: fewer firms than this is WEAK
 * @param strongFrom the 区位熵 from which a COVERED segment is a 长板 ({@link Strengths})
 * @param chains one row per chain, least covered first
 */
public record ChainGapOverview(Region region, int weakBelow, double strongFrom, List<Row> chains) {

	/**
	 * The GraphQL type {@code ChainGapOverviewRow}: one chain's gap table in a few numbers.
	 *
	 * @param chain the chain
	 * @param firms the region's firms anywhere in the chain, each once
	 * @param summary the summary its gap table has
	 * @param policies the programmes that name the chain for the region or a region above it
	 * @param table the rows of its gap table (depth and 链主 left out), for its 长板
	 */
	public record Row(Chain chain, int firms, GapSummary summary, List<PolicyChain> policies, List<SegmentGap> table) {
	}

}
