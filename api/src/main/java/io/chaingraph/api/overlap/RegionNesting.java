package io.chaingraph.api.overlap;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code RegionNesting}: {@code inner} lies within {@code outer} (PART_OF), so every firm of the
 * inner region is a firm of the outer one too.
 */
public record RegionNesting(Region inner, Region outer) {
}
