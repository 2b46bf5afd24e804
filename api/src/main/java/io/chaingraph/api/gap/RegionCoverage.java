package io.chaingraph.api.gap;

import java.util.List;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code RegionCoverage}: a region outside the one asked about whose firms work in a gap segment.
 *
 * @param region the covering region
 * @param firms its firms in the segment or below it (outside the region asked about), each once
 * @param relation how near it is: SAME_PROVINCE, NEIGHBOUR, COOPERATION_AREA or OTHER
 * @param via the cooperation areas both belong to
 */
public record RegionCoverage(Region region, int firms, String relation, List<String> via) {
}
