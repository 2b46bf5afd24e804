package io.chaingraph.api.overlap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.chain.SegmentTree;
import io.chaingraph.api.region.Region;

/**
 * Which of the asked regions cover each segment and chain of the scope, rolled up the segment tree: a segment is
 * covered by a region when at least one of the region's firms works in it or in a segment below it, a chain when
 * at least one of its segments is. Everything the overlap answers (shared, alone, Jaccard, gaps) is read from here,
 * so they cannot disagree with each other.
 */
final class Coverage {

	/** A segment of the scope with the regions (indexes into the asked list) covering it. */
	record CoveredSegment(Segment segment, String sortKey, BitSet coveredBy) {
	}

	/** A chain of the scope: its segments, and per region how many of them it covers. */
	record CoveredChain(String chainKey, int segmentCount, int[] segmentsCovered, BitSet coveredBy) {
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
	 * Builds the coverage from each segment's direct coverage (the region codes with a firm in the segment itself).
	 */
	static Coverage of(List<Region> regions, List<Segment> segments, Map<String, List<String>> directCodes) {
		var index = new HashMap<String, Integer>();
		for (int i = 0; i < regions.size(); i++) {
			index.put(regions.get(i).code(), i);
		}
		var keys = new HashSet<String>();
		segments.forEach(s -> keys.add(s.key()));
		var children = new HashMap<String, List<Segment>>();
		var byChain = new TreeMap<String, List<Segment>>();
		for (var segment : segments) {
			byChain.computeIfAbsent(segment.chainKey(), c -> new ArrayList<>()).add(segment);
			if (segment.parentKey() != null && keys.contains(segment.parentKey())) {
				children.computeIfAbsent(segment.parentKey(), k -> new ArrayList<>()).add(segment);
			}
		}
		var rolled = new HashMap<String, BitSet>();
		for (var segment : segments) {
			rollUp(segment, children, directCodes, index, rolled);
		}
		var covered = new ArrayList<CoveredSegment>(segments.size());
		var chains = new ArrayList<CoveredChain>(byChain.size());
		for (var entry : byChain.entrySet()) {
			var ordered = SegmentTree.preOrder(entry.getValue());
			int[] counts = new int[regions.size()];
			var chainCoveredBy = new BitSet();
			for (int position = 0; position < ordered.size(); position++) {
				var segment = ordered.get(position);
				var by = rolled.get(segment.key());
				by.stream().forEach(i -> counts[i]++);
				chainCoveredBy.or(by);
				covered.add(new CoveredSegment(segment,
						entry.getKey() + '\u0000' + "%05d".formatted(position) + '\u0000' + segment.key(), by));
			}
			chains.add(new CoveredChain(entry.getKey(), ordered.size(), counts, chainCoveredBy));
		}
		return new Coverage(List.copyOf(regions), List.copyOf(covered), List.copyOf(chains));
	}

	private static BitSet rollUp(Segment segment, Map<String, List<Segment>> children,
			Map<String, List<String>> directCodes, Map<String, Integer> index, Map<String, BitSet> rolled) {
		var done = rolled.get(segment.key());
		if (done != null) {
			return done;
		}
		var by = new BitSet();
		rolled.put(segment.key(), by); // before the children: a cycle in bad data ends here instead of looping
		for (var code : directCodes.getOrDefault(segment.key(), List.of())) {
			var i = index.get(code);
			if (i != null) {
				by.set(i);
			}
		}
		for (var child : children.getOrDefault(segment.key(), List.of())) {
			by.or(rollUp(child, children, directCodes, index, rolled));
		}
		return by;
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

	List<CoveredSegment> segments(Predicate<BitSet> coveredBy) {
		return this.segments.stream().filter(s -> coveredBy.test(s.coveredBy())).toList();
	}

	List<CoveredChain> chains(Predicate<BitSet> coveredBy) {
		return this.chains.stream().filter(c -> coveredBy.test(c.coveredBy())).toList();
	}

	/** Covered by every asked region. */
	Predicate<BitSet> all() {
		int n = this.regions.size();
		return by -> by.cardinality() == n;
	}

	/** Covered by region {@code i} and by no other asked region. */
	static Predicate<BitSet> alone(int i) {
		return by -> by.cardinality() == 1 && by.get(i);
	}

	/** Covered by region {@code i}. */
	static Predicate<BitSet> by(int i) {
		return by -> by.get(i);
	}

	/** Not covered by region {@code a} (a gap of a, 断点) but covered by {@code b}. */
	static Predicate<BitSet> gapOfCoveredBy(int a, int b) {
		return by -> !by.get(a) && by.get(b);
	}

	/** The asked regions the bits name, in the order asked. */
	List<Region> regions(BitSet by) {
		return by.stream().mapToObj(this.regions::get).toList();
	}

	/** The chains of the scope by key, in key order. */
	Map<String, CoveredChain> chainsByKey() {
		var map = new LinkedHashMap<String, CoveredChain>();
		this.chains.forEach(c -> map.put(c.chainKey(), c));
		return map;
	}

}
