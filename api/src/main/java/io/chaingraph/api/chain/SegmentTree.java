package io.chaingraph.api.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a chain's segments as its tree reads: each parent followed by its children, siblings in their order. The
 * chain map, the gap table and the overlap tables all list segments in this one order.
 */
public final class SegmentTree {

	private SegmentTree() {
	}

	/** The segments in tree order. */
	public static List<Segment> preOrder(List<Segment> segments) {
		return new ArrayList<>(depths(segments).keySet());
	}

	/**
	 * The segments in tree order with their depth (0 for a root). A segment whose parent is not in the list counts as
	 * a root; each segment appears once even if bad data made a cycle.
	 */
	public static LinkedHashMap<Segment, Integer> depths(List<Segment> segments) {
		var keys = new HashSet<String>();
		segments.forEach(s -> keys.add(s.key()));
		var children = new HashMap<String, List<Segment>>();
		var roots = new ArrayList<Segment>();
		for (var segment : segments) {
			if (segment.parentKey() == null || !keys.contains(segment.parentKey())) {
				roots.add(segment);
			}
			else {
				children.computeIfAbsent(segment.parentKey(), k -> new ArrayList<>()).add(segment);
			}
		}
		var ordered = new LinkedHashMap<Segment, Integer>();
		visit(roots, 0, children, ordered, new HashSet<>());
		return ordered;
	}

	private static void visit(List<Segment> level, int depth, Map<String, List<Segment>> children,
			LinkedHashMap<Segment, Integer> out, Set<String> seen) {
		var sorted = new ArrayList<>(level);
		sorted.sort(Comparator.comparingInt(Segment::order).thenComparing(Segment::key));
		for (var segment : sorted) {
			if (seen.add(segment.key())) {
				out.put(segment, depth);
				visit(children.getOrDefault(segment.key(), List.of()), depth + 1, children, out, seen);
			}
		}
	}

}
