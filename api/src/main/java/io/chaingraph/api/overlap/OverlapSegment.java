package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapSegment}: a segment (by key; its data is loaded for the page that shows it) with the
 * compared regions that cover it.
 */
public record OverlapSegment(String segmentKey, List<Region> coveredBy) {
}
