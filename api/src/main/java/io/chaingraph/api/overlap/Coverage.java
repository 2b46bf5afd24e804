package io.chaingraph.api.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.chain.SegmentTree;
import io.chaingraph.api.region.Region;

/**
 * Which of the asked regions cover each segment and chain of the scope, rolled up the segment tree: a segment is
 * covered by a region when at least one of the region's firms works in it or in a segment below it, a chain when
 * at least one of its segments is. Everything the overlap answers (shared, alone, Jaccard, gaps) is read from here,
 * so they cannot disagree with each other. Built from light rows (key, parent, chain, order, name): the full data
 * of a segment is loaded only for the page rows that show more than these. The regions covering a segment are bits, region {@code i}
 * being bit {@code i} (at most {@value OverlapAnalysis#MAX_REGIONS} regions).
 */
final class Coverage {

	/**
	 * A segment of the scope as the coverage statement returns it: enough for the tree order, and its name. As a
	 * {@link Segment} it lacks aliases, position, kind and source, which only a loaded segment holds.
	 */
	record SegmentRow(String key, String parentKey, String chainKey, int order, String name) {

		Segment light() {
			return new Segment(this.key, this.name, List.of(), null, null, this.chainKey, this.parentKey, this.order, null);
		}

	}

	/** A segment of the scope with the regions covering it; {@code sortKey} orders chain by chain, in tree order. */
	record CoveredSegment(SegmentRow row, String sortKey, int coveredBy) {

		String key() {
			return this.row.key();
		}

	}

	/** A chain of the scope: how many segments, per region how many of them it covers, the regions covering it. */
	record CoveredChain(String chainKey, int segmentCount, int[] segmentsCovered, int coveredBy) {
	}

	private final List<Region> regions;

	private final List<CoveredSegment> segments;

	private final List<CoveredChain> chains;

	private Coverage(List<Region> regions, List<CoveredSegment> segments, List<CoveredChain> chains) {
		this.regions = regions;
		this.segments = segments;
		this.chains = chains;
	}

	/**
	 * Builds the coverage from each segment's direct coverage: per region code, the keys of the segments it has a
	 * firm in (the stored counts are rolled up already; rolling up again costs little and keeps a parent covered
	 * whenever a child is).
	 */
	static Coverage of(List<Region> regions, List<SegmentRow> rows, Map<String, List<String>> keysByCode) {
		var direct = new HashMap<String, Integer>();
		for (int i = 0; i < regions.size(); i++) {
			int bit = 1 << i;
			keysByCode.getOrDefault(regions.get(i).code(), List.of()).forEach(key -> direct.merge(key, bit, (x, y) -> x | y));
		}
		var byChain = new TreeMap<String, List<SegmentRow>>();
		rows.forEach(row -> byChain.computeIfAbsent(row.chainKey(), c -> new ArrayList<>()).add(row));
		var covered = new ArrayList<CoveredSegment>(rows.size());
		var chains = new ArrayList<CoveredChain>(byChain.size());
		for (var entry : byChain.entrySet()) {
			var ordered = new ArrayList<SegmentRow>(entry.getValue().size());
			SegmentTree.walk(entry.getValue(), SegmentRow::key, SegmentRow::parentKey, SegmentRow::order,
					(row, depth) -> ordered.add(row));
			var position = new HashMap<String, Integer>();
			int[] bits = new int[ordered.size()];
			for (int i = 0; i < ordered.size(); i++) {
				position.put(ordered.get(i).key(), i);
				bits[i] = direct.getOrDefault(ordered.get(i).key(), 0);
			}
			// Children come after their parent in tree order: from the end, each hands its bits to its parent.
			for (int i = ordered.size() - 1; i >= 0; i--) {
				var parent = position.get(ordered.get(i).parentKey());
				if (parent != null && parent < i) {
					bits[parent] |= bits[i];
				}
			}
			int[] counts = new int[regions.size()];
			int chainCoveredBy = 0;
			for (int i = 0; i < ordered.size(); i++) {
				for (int r = 0; r < regions.size(); r++) {
					if ((bits[i] & (1 << r)) != 0) {
						counts[r]++;
					}
				}
				chainCoveredBy |= bits[i];
				covered.add(new CoveredSegment(ordered.get(i), sortKey(entry.getKey(), i, ordered.get(i).key()), bits[i]));
			}
			chains.add(new CoveredChain(entry.getKey(), ordered.size(), counts, chainCoveredBy));
		}
		return new Coverage(List.copyOf(regions), List.copyOf(covered), List.copyOf(chains));
	}

	/** chain, position in the chain's tree order (five digits), key: orders like the list and makes the cursor. */
	private static String sortKey(String chain, int position, String key) {
		var digits = Integer.toString(position);
		var text = new StringBuilder(chain.length() + key.length() + 7).append(chain).append('\u0000');
		for (int pad = digits.length(); pad < 5; pad++) {
			text.append('0');
		}
		return text.append(digits).append('\u0000').append(key).toString();
	}

	List<Region> regions() {
		return this.regions;
	}

	List<CoveredSegment> segments() {
		return this.segments;
	}

	List<CoveredChain> chains() {
		return this.chains;
	}

	List<CoveredSegment> segments(IntPredicate coveredBy) {
		return this.segments.stream().filter(s -> coveredBy.test(s.coveredBy())).toList();
	}

	List<CoveredChain> chains(IntPredicate coveredBy) {
		return this.chains.stream().filter(c -> coveredBy.test(c.coveredBy())).toList();
	}

	/** How many segments the bits select. */
	int count(IntPredicate coveredBy) {
		int n = 0;
		for (var segment : this.segments) {
			if (coveredBy.test(segment.coveredBy())) {
				n++;
			}
		}
		return n;
	}

	/** Covered by every asked region. */
	IntPredicate all() {
		int every = (1 << this.regions.size()) - 1;
		return by -> by == every;
	}

	/** Covered by region {@code i} and by no other asked region. */
	static IntPredicate alone(int i) {
		return by -> by == 1 << i;
	}

	/** Covered by region {@code i}. */
	static IntPredicate by(int i) {
		return by -> (by & (1 << i)) != 0;
	}

	/** Not covered by region {@code a} (a gap of a, 断点) but covered by {@code b}. */
	static IntPredicate gapOfCoveredBy(int a, int b) {
		return by -> (by & (1 << a)) == 0 && (by & (1 << b)) != 0;
	}

	/** The asked regions the bits name, in the order asked. */
	List<Region> regions(int by) {
		var named = new ArrayList<Region>(Integer.bitCount(by));
		for (int i = 0; i < this.regions.size(); i++) {
			if ((by & (1 << i)) != 0) {
				named.add(this.regions.get(i));
			}
		}
		return named;
	}

	/** The chains of the scope by key, in key order. */
	Map<String, CoveredChain> chainsByKey() {
		var map = new LinkedHashMap<String, CoveredChain>();
		this.chains.forEach(c -> map.put(c.chainKey(), c));
		return map;
	}

}
