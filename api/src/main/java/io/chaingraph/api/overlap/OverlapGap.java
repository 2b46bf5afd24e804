package io.chaingraph.api.overlap;

/**
 * The GraphQL type {@code OverlapGap}: a segment (by key) one region lacks; its {@code firms} are those of the region
 * {@code coveredByCode} that covers it.
 */
public record OverlapGap(String segmentKey, String coveredByCode) {
}
