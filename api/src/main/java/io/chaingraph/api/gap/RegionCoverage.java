package io.chaingraph.api.gap;

import java.util.List;

import io.chaingraph.api.region.Region;

/**
 * The GraphQL type {@code RegionCoverage}: a region outside the one asked about whose firms work in a gap segment.
 * Each firm counts in one region of the list: a region leaves out the regions inside it that are listed on their own
 * ({@code excluding}), so that the counts add up.
 *
 * @param region the covering region
 * @param firms its firms in the segment or below it (outside the region asked about, and outside {@code excluding}),
 * each once
 * @param relation how near it is: SAME_CITY, SAME_PROVINCE, NEIGHBOUR, COOPERATION_AREA or OTHER
 * @param via the cooperation areas both belong to
 * @param excluding the regions inside it listed on their own (within the list's limit or past it), whose firms
 * {@code firms} leaves out
 */
public record RegionCoverage(Region region, int firms, String relation, List<String> via, List<Region> excluding) {

	/** How the downloads say the relation: 同市, 同省, 相邻, 区域合作, 其他. */
	public String relationLabel() {
		return switch (this.relation) {
			case "SAME_CITY" -> "同市";
			case "SAME_PROVINCE" -> "同省";
			case "NEIGHBOUR" -> "相邻";
			case "COOPERATION_AREA" -> "区域合作";
			default -> "其他";
		};
	}

}
