package io.chaingraph.api.overlap;

import java.util.List;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapChain}: a chain with the compared regions that cover it and, per compared region in
 * the order asked, how many of its segments that region covers. The chain itself is batch-loaded by key.
 */
public record OverlapChain(String chainKey, List<Region> coveredBy, int segmentCount, List<Integer> segmentsCovered) {
}
