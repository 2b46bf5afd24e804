package io.chaingraph.api.gap;

import io.chaingraph.api.chain.Segment;

/**
 * The GraphQL type {@code LocalLink}: a segment next to a row of the gap table along a supply link, in which the
 * region has firms.
 *
 * @param segment the segment up- or downstream
 * @param firms the region's firms in it or below it, each once
 */
public record LocalLink(Segment segment, int firms) {
}
