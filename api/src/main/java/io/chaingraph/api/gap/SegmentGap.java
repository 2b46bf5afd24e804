package io.chaingraph.api.gap;

import java.util.List;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;

/**
 * The GraphQL type {@code SegmentGap}: one row of the gap table. {@code regionCode} and {@code nearest} say for which
 * region and how many regions {@code nearestRegions} lists, {@code strongFrom} from which 区位熵 it is a 长板.
 *
 * @param segment the segment
 * @param depth 0 for a root segment, 1 below it …
 * @param firms the region's firms in the segment or below it, each once
 * @param status MISSING, WEAK or COVERED
 * @param chainLeaders the region's firms among them that hold a 链主 designation for the chain
 * @param regionCode the region asked about
 * @param nearest how many covering regions to list for a gap
 * @param strongFrom the 区位熵 from which a COVERED row is a 长板 ({@link Strengths})
 */
public record SegmentGap(Segment segment, int depth, int firms, GapStatus status, List<Enterprise> chainLeaders,
		String regionCode, int nearest, double strongFrom) {
}
