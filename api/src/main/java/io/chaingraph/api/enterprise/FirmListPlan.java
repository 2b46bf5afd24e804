package io.chaingraph.api.enterprise;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import org.neo4j.driver.Record;

/**
 * How a list of firms is found: from the firms of one condition (a segment, region, cluster, chain or the tags of
 * the filter, or the parent of a nested list), sorted ({@code enterprise/page}, {@code pages-by-parent}), or by
 * walking every firm in order and testing the filter until a page is full ({@code enterprise/page-by-name},
 * {@code page-by-key}, {@code parent-walks-by-name}, {@code parent-walks-by-key}). A start of 300 firms is sorted in
 * no time; one of 364,000 (广东 of the 1,000,000-firm synthetic graph) takes 2 s to sort, while the walk finds 21 of
 * them in the first 60. Chosen from the upper bounds {@code enterprise/start-sizes} gives from degree counts, taking
 * the conditions as independent. The tags' size is exact (from their index) but counted no further than the smallest of
 * the filter's other conditions: a tie leaves the start to that one, which comes first.
 *
 * @param firms how many firms the graph has
 * @param start the condition to start from ({@code segment}, {@code region}, {@code cluster}, {@code chain},
 *     {@code tags} of the filter; {@code parentSegment}, {@code parentRegion}; null for every firm)
 * @param scan the most firms a walk should read before the start would have been cheaper (0: do not walk;
 *     at least {@link #firms}: the walk is the only way, nothing to start from)
 */
record FirmListPlan(long firms, String start, long scan) {

	/**
	 * A firm the walk reads costs about what three read from a start do (it is tested with subqueries, they are
	 * sorted): 北京's 12,756 firms of 1,000,000 take 60–90 ms sorted, the ~1,650 a walk reads for a page of 21 take
	 * 25 ms.
	 */
	static final int WALK_COST = 3;

	/** A row of {@code enterprise/start-sizes} by column name. */
	static Map<String, Long> sizes(Record row) {
		var sizes = new HashMap<String, Long>();
		for (var column : new String[] { "firms", "segment", "region", "cluster", "chain", "tags", "parentRegion",
				"parentSegment" }) {
			sizes.put(column, row.get(column).asLong(0));
		}
		return sizes;
	}

	/** The plan of a top-level list: it starts from the filter's condition that holds the fewest firms. */
	static FirmListPlan of(Map<String, Long> sizes, EnterpriseFilter filter, int limit) {
		var given = given(sizes, filter);
		return of(sizes.get("firms"), given, smallest(given), limit);
	}

	/** The condition that holds the fewest firms (the first of equals; null for none). */
	private static String smallest(Map<String, Long> given) {
		String smallest = null;
		for (var condition : given.entrySet()) {
			if (smallest == null || condition.getValue() < given.get(smallest)) {
				smallest = condition.getKey();
			}
		}
		return smallest;
	}

	/**
	 * The plan of a list nested under a region or segment: it starts from the condition that holds the fewest firms,
	 * its parent's or its filter's (the parent's of equals): 广东's firms with a tag no firm has from the tag's none.
	 * Its count starts there too ({@code enterprise/parent-counts}).
	 */
	static FirmListPlan nested(Map<String, Long> sizes, EnterpriseFilter filter, boolean parentRegion,
			boolean parentSegment, int limit) {
		var given = nestedConditions(sizes, filter, parentRegion, parentSegment);
		return of(sizes.get("firms"), given, smallest(given), limit);
	}

	private static Map<String, Long> nestedConditions(Map<String, Long> sizes, EnterpriseFilter filter,
			boolean parentRegion, boolean parentSegment) {
		var given = new LinkedHashMap<String, Long>();
		if (parentSegment) {
			given.put("parentSegment", sizes.get("parentSegment"));
		}
		if (parentRegion) {
			given.put("parentRegion", sizes.get("parentRegion"));
		}
		given.putAll(given(sizes, filter));
		return given;
	}

	/**
	 * @param given the size of each condition the list has
	 * @param start the one the list would start from (null: none)
	 * @param limit items asked for, one more than the page
	 */
	private static FirmListPlan of(long firms, Map<String, Long> given, String start, int limit) {
		if (start == null) {
			return new FirmListPlan(firms, null, Long.MAX_VALUE);
		}
		double expected = firms; // matches, were the conditions independent
		for (long size : given.values()) {
			expected *= firms == 0 ? 0 : (double) size / firms;
		}
		long startSize = given.get(start);
		// A walk reads about limit / (expected / firms) firms to fill a page.
		boolean walk = expected >= 1 && WALK_COST * limit * (firms / expected) < startSize;
		return new FirmListPlan(firms, start, walk ? startSize / WALK_COST : 0);
	}

	/** The sizes of the filter's conditions that start a list, those it has. */
	private static Map<String, Long> given(Map<String, Long> sizes, EnterpriseFilter filter) {
		var given = new LinkedHashMap<String, Long>();
		if (filter != null) {
			put(given, sizes, "segment", filter.segment());
			put(given, sizes, "region", filter.region());
			put(given, sizes, "cluster", filter.cluster());
			put(given, sizes, "chain", filter.chain());
			put(given, sizes, "tags", TagFilter.indexQuery(filter.tags()));
		}
		return given;
	}

	private static void put(Map<String, Long> given, Map<String, Long> sizes, String condition, String value) {
		if (value != null) {
			given.put(condition, sizes.get(condition));
		}
	}

	boolean walks() {
		return this.scan > 0;
	}

	/** Whether a walk that found fewer items than asked for read every firm (else it stopped at {@link #scan}). */
	boolean walkIsWhole() {
		return this.scan >= this.firms;
	}

}
