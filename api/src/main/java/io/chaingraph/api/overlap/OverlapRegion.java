package io.chaingraph.api.overlap;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapRegion}: what one of the compared regions covers; what it alone covers is paged
 * from {@code index}.
 */
public record OverlapRegion(Region region, int index, int segmentsCovered, int chainsCovered, Coverage coverage) {
}
