package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.region.Region;

/** The GraphQL type {@code OverlapSegment}: a segment with the compared regions that cover it. */
public record OverlapSegment(Segment segment, List<Region> coveredBy) {
}
