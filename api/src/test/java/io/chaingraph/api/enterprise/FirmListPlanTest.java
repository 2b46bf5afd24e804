package io.chaingraph.api.enterprise;

import java.util.Map;

import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice between starting from a condition's firms and walking them all in order, on the bench graph's sizes. */
class FirmListPlanTest {

	/** The 1,000,000-firm synthetic graph: 广东 44, 北京 11, a chain, one of its segments. */
	private static final Map<String, Long> SIZES = Map.of("firms", 1_000_000L, "region", 363_925L, "segment", 9_756L,
			"cluster", 0L, "chain", 50_193L);

	private static FirmListPlan plan(String region, String chain, String segment, Map<String, Long> sizes) {
		return FirmListPlan.of(sizes, new EnterpriseFilter(region, chain, segment, null, null, null, null), 21);
	}

	@Test
	void aFilterWithNothingToStartFromWalksToTheEnd() {
		var plan = FirmListPlan.of(SIZES, new EnterpriseFilter(null, null, null, null, "N", null, false), 21);
		assertThat(plan.walks()).isTrue();
		assertThat(plan.walkIsWhole()).isTrue();
		assertThat(plan.start()).isNull();
	}

	@Test
	void aRegionWithAThirdOfAllFirmsIsWalkedAndTheWalkIsBoundedByWhatStartingFromItWouldCost() {
		var plan = plan("44", null, null, SIZES);
		assertThat(plan.walks()).isTrue();
		assertThat(plan.walkIsWhole()).isFalse();
		assertThat(plan.start()).isEqualTo("region");
		assertThat(plan.scan()).isEqualTo(363_925 / FirmListPlan.WALK_COST);
	}

	@Test
	void twoConditionsStartFromTheSmallerAndWalkOnlyWhenTogetherTheyStillMatchMany() {
		// 广东 and the chain: ~18,000 expected, a page of 21 within ~1,200 firms read.
		var both = plan("44", "syn-c01", null, SIZES);
		assertThat(both.start()).isEqualTo("chain");
		assertThat(both.walks()).isTrue();
		// 北京 (12,756) and the chain: ~640 expected, a walk would read ~33,000 firms: start from 北京's.
		var small = Map.of("firms", 1_000_000L, "region", 12_756L, "segment", 0L, "cluster", 0L, "chain", 50_193L);
		var beijing = plan("11", "syn-c01", null, small);
		assertThat(beijing.start()).isEqualTo("region");
		assertThat(beijing.walks()).isFalse();
	}

	@Test
	void aNestedListStartsFromTheSmallestOfItsParentAndFilterAndWalksWhenThatHoldsMany() {
		var sizes = new java.util.HashMap<>(SIZES);
		sizes.put("parentRegion", 363_925L); // 广东
		sizes.put("parentSegment", 0L);
		var guangdong = FirmListPlan.nested(sizes, null, true, false, 4);
		assertThat(guangdong.start()).isEqualTo("parentRegion");
		assertThat(guangdong.walks()).isTrue();
		assertThat(guangdong.walkIsWhole()).isFalse();
		sizes.put("parentRegion", 12_756L); // 北京, firms of one chain: ~640 expected
		var beijing = FirmListPlan.nested(sizes, new EnterpriseFilter(null, "syn-c01", null, null, null, null, null),
				true, false, 21);
		assertThat(beijing.walks()).isFalse();
		// 广东's firms of one chain start from the chain's (50,193), not from 广东's.
		sizes.put("parentRegion", 363_925L);
		assertThat(FirmListPlan.nested(sizes, new EnterpriseFilter(null, "syn-c01", null, null, null, null, null),
				true, false, 21).start()).isEqualTo("chain");
		// A segment within a region starts from the segment.
		sizes.put("parentSegment", 9_756L);
		assertThat(FirmListPlan.nested(sizes, null, true, true, 21).start()).isEqualTo("parentSegment");
	}

	/**
	 * The tags are a condition like the others, sized from their index (up to the smallest other condition): 广东's
	 * 专精特新 (29,892 of 1,000,000 firms, ~10,900 in 广东) still walk for a page but are counted from the tag; a tag
	 * no firm has starts there and never walks; a tag as large as the region (capped at its size) leaves the start
	 * to the region.
	 */
	@Test
	void theTagsStartAListWhenTheyHoldFewerFirmsThanTheOtherConditions() {
		var sizes = new java.util.HashMap<>(SIZES);
		sizes.put("tags", 29_892L);
		var zhuanjing = new EnterpriseFilter("44", null, null, java.util.List.of("专精特新"), null, null, null);
		var plan = FirmListPlan.of(sizes, zhuanjing, 21);
		assertThat(plan.start()).isEqualTo("tags");
		assertThat(plan.walks()).isTrue();
		assertThat(plan.scan()).isEqualTo(29_892 / FirmListPlan.WALK_COST);
		sizes.put("parentRegion", 363_925L);
		sizes.put("parentSegment", 0L);
		var nested = FirmListPlan.nested(sizes, new EnterpriseFilter(null, null, null, java.util.List.of("专精特新"), null,
				null, null), true, false, 21);
		assertThat(nested.start()).isEqualTo("tags");
		assertThat(nested.walks()).isTrue();
		sizes.put("tags", 0L);
		var nobody = FirmListPlan.of(sizes, new EnterpriseFilter(null, null, null, java.util.List.of("单项冠军"), null,
				null, null), 21);
		assertThat(nobody.start()).isEqualTo("tags");
		assertThat(nobody.walks()).isFalse();
		// Under 广东 too: not 广东's 363,925 firms each tested for a tag none has (1.0–1.3 s; the first time, past the
		// 5 s timeout).
		var nestedNobody = FirmListPlan.nested(sizes, new EnterpriseFilter(null, null, null, java.util.List.of("单项冠军"),
				null, null, null), true, false, 21);
		assertThat(nestedNobody.start()).isEqualTo("tags");
		assertThat(nestedNobody.walks()).isFalse();
		sizes.put("tags", 363_925L);
		assertThat(FirmListPlan.of(sizes, new EnterpriseFilter("44", null, null, java.util.List.of("规上"), null, null,
				null), 21).start()).isEqualTo("region");
		// No tags asked for: their size is no condition, whatever the row says.
		assertThat(FirmListPlan.of(sizes, new EnterpriseFilter("44", null, null, java.util.List.of(), null, null, null),
				21).scan()).isEqualTo(363_925 / FirmListPlan.WALK_COST);
	}

	@Test
	void aConditionThatNamesNothingStartsThereAndNeverWalks() {
		var unknown = Map.of("firms", 1_000_000L, "region", 0L, "segment", 0L, "cluster", 0L, "chain", 50_193L);
		var plan = plan("北京", "syn-c01", null, unknown);
		assertThat(plan.start()).isEqualTo("region");
		assertThat(plan.walks()).isFalse();
		var empty = Map.of("firms", 0L, "region", 0L, "segment", 0L, "cluster", 0L, "chain", 0L);
		assertThat(plan("36", null, null, empty).walks()).isFalse();
	}

}
