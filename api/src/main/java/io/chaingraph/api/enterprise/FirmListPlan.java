package io.chaingraph.api.enterprise;

import java.util.Map;

import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;

/**
 * How a top-level list of firms is found: from the firms of the filter's smallest condition (segment, region, cluster
 * or chain), sorted ({@code enterprise/page}), or by walking every firm in order and testing the filter until a page
 * is full ({@code enterprise/page-by-name}, {@code page-by-key}). A start of 300 firms is sorted in no time; one of
 * 364,000 (广东 of the 1,000,000-firm synthetic graph) takes 2 s to sort, while the walk finds 21 of them in the
 * first 60. Chosen from the upper bounds {@code enterprise/start-sizes} gives from degree counts, taking the
 * conditions as independent.
 *
 * @param firms how many firms the graph has
 * @param start the condition to start from ({@code segment}, {@code region}, {@code cluster}, {@code chain}; null
 *     for every firm)
 * @param scan the most firms a walk should read before the start would have been cheaper (0: do not walk;
 *     {@link Long#MAX_VALUE}: the walk is the only way, no condition to start from)
 */
record FirmListPlan(long firms, String start, long scan) {

	/**
	 * A firm the walk reads costs about what three read from a start do (it is tested with subqueries, they are
	 * sorted): 北京's 12,756 firms of 1,000,000 take 60–90 ms sorted, the ~1,650 a walk reads for a page of 21 take
	 * 25 ms.
	 */
	static final int WALK_COST = 3;

	/** The plan for this filter and page size (items asked for, one more than the page). */
	static FirmListPlan of(Map<String, Long> sizes, EnterpriseFilter filter, int limit) {
		long firms = sizes.get("firms");
		if (!EnterpriseListing.startsSomewhere(filter)) {
			return new FirmListPlan(firms, null, Long.MAX_VALUE);
		}
		String start = null;
		long smallest = Long.MAX_VALUE;
		double expected = firms; // matches, were the conditions independent
		for (var condition : new String[] { "segment", "region", "cluster", "chain" }) {
			if (given(filter, condition)) {
				long size = sizes.get(condition);
				if (size < smallest) {
					smallest = size;
					start = condition;
				}
				expected *= firms == 0 ? 0 : (double) size / firms;
			}
		}
		// A walk reads about limit / (expected / firms) firms to fill a page.
		boolean walk = expected >= 1 && WALK_COST * limit * (firms / expected) < smallest;
		return new FirmListPlan(firms, start, walk ? smallest / WALK_COST : 0);
	}

	private static boolean given(EnterpriseFilter filter, String condition) {
		return switch (condition) {
			case "segment" -> filter.segment() != null;
			case "region" -> filter.region() != null;
			case "cluster" -> filter.cluster() != null;
			default -> filter.chain() != null;
		};
	}

	boolean walks() {
		return this.scan > 0;
	}

	/** Whether a walk that found fewer items than asked for read every firm (else it stopped at {@link #scan}). */
	boolean walkIsWhole() {
		return this.scan >= this.firms;
	}

}
