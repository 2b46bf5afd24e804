package io.chaingraph.api.gap;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code ChainGaps}: the answer to {@code chainGaps}.
 *
 * @param chain the chain
 * @param region the region
 * @param weakBelow the threshold applied: fewer firms than this is WEAK
 * @param strongFrom the 区位熵 from which a COVERED segment is a 长板 ({@link Strengths})
 * @param segments every segment of the chain's tree, in tree order (parents before their children)
 * @param summary the table in a few numbers
 */
public record ChainGaps(Chain chain, Region region, int weakBelow, double strongFrom, List<SegmentGap> segments,
		GapSummary summary) {

	private static final Set<GapStatus> ALL = EnumSet.allOf(GapStatus.class);

	/** The segments with status MISSING or WEAK. */
	public List<SegmentGap> gaps() {
		return this.segments.stream().filter(s -> s.status().isGap()).toList();
	}

	/** The segments of these statuses in tree order; every segment when {@code statuses} is null or holds all three. */
	public List<SegmentGap> segments(Collection<GapStatus> statuses) {
		if (statuses == null || statuses.containsAll(ALL)) {
			return this.segments;
		}
		return this.segments.stream().filter(s -> statuses.contains(s.status())).toList();
	}

}
