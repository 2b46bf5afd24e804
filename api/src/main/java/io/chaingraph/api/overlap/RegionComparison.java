package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code RegionComparison}: regions side by side on one chain; every list of counts follows the
 * order of {@code regions}.
 */
public record RegionComparison(List<Region> regions, Chain chain, List<RegionNesting> nesting, List<Integer> firmCounts,
		List<SegmentComparison> segments) {

	/** The GraphQL type {@code SegmentComparison}: a segment's firm counts per region, in the order asked. */
	public record SegmentComparison(Segment segment, List<Integer> firmCounts, List<Region> coveredBy) {
	}

}
