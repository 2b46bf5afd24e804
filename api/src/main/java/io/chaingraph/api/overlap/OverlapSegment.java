package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapSegment}: a segment with the compared regions that cover it. {@code row} is the
 * segment as the coverage read it (key, name, chain, parent, order); {@code segment} loads the rest when asked.
 */
public record OverlapSegment(Segment row, List<Region> coveredBy) {
}
