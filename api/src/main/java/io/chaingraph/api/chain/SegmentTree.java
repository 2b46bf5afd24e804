package io.chaingraph.api.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/** Orders a chain's segments as its tree reads: each parent followed by its children, siblings in their order. */
final class SegmentTree {

	private SegmentTree() {
	}

	static List<Segment> preOrder(List<Segment> segments) {
		var children = new HashMap<String, List<Segment>>();
		var keys = new java.util.HashSet<String>();
		segments.forEach(s -> keys.add(s.key()));
		var roots = new ArrayList<Segment>();
		for (var segment : segments) {
			if (segment.parentKey() == null || !keys.contains(segment.parentKey())) {
				roots.add(segment);
			}
			else {
				children.computeIfAbsent(segment.parentKey(), k -> new ArrayList<>()).add(segment);
			}
		}
		var ordered = new ArrayList<Segment>(segments.size());
		visit(roots, children, ordered);
		return ordered;
	}

	private static void visit(List<Segment> level, HashMap<String, List<Segment>> children, List<Segment> out) {
		var sorted = new ArrayList<>(level);
		sorted.sort(Comparator.comparingInt(Segment::order).thenComparing(Segment::key));
		for (var segment : sorted) {
			out.add(segment);
			visit(children.getOrDefault(segment.key(), List.of()), children, out);
		}
	}

}
