package io.chaingraph.api.overlap;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code OverlapComplement}: for the ordered pair (gapsOf, coveredBy), the segments {@code gapsOf}
 * has no firm in (its 断点 in the scope, {@code gapCount} of them) that {@code coveredBy} covers; those are paged
 * from the indexes {@code a} and {@code b}.
 */
public record OverlapComplement(Region gapsOf, Region coveredBy, int a, int b, int gapCount, Coverage coverage) {
}
