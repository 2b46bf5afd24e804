package io.chaingraph.api.overlap;

import io.chaingraph.api.chain.Segment;

/**
 * The GraphQL type {@code OverlapGap}: a segment one region lacks, as the coverage read it (see
 * {@link OverlapSegment}); its {@code firms} are those of the region {@code coveredByCode} that covers it.
 */
public record OverlapGap(Segment row, String coveredByCode) {
}
