package io.chaingraph.api.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * Orders a chain's segments as its tree reads: each parent followed by its children, siblings in their order. The
 * chain map, the gap table and the overlap tables all list segments in this one order.
 */
public final class SegmentTree {

	private SegmentTree() {
	}

	/** The segments in tree order. */
	public static List<Segment> preOrder(List<Segment> segments) {
		var ordered = new ArrayList<Segment>(segments.size());
		walk(segments, Segment::key, Segment::parentKey, Segment::order, (segment, depth) -> ordered.add(segment));
		return ordered;
	}

	/**
	 * The segments in tree order with their depth (0 for a root). A segment whose parent is not in the list counts as
	 * a root; each segment appears once even if bad data made a cycle.
	 */
	public static LinkedHashMap<Segment, Integer> depths(List<Segment> segments) {
		var ordered = new LinkedHashMap<Segment, Integer>();
		walk(segments, Segment::key, Segment::parentKey, Segment::order, ordered::put);
		return ordered;
	}

	/**
	 * Visits any kind of segment row in tree order with its depth, given how to read its key, its parent's key and
	 * its order among siblings (ties by key), as {@link #depths} does for full segments.
	 */
	public static <T> void walk(List<T> segments, Function<T, String> key, Function<T, String> parentKey,
			ToIntFunction<T> order, ObjIntConsumer<T> visitor) {
		var keys = new HashSet<String>();
		segments.forEach(s -> keys.add(key.apply(s)));
		var children = new HashMap<String, List<T>>();
		var roots = new ArrayList<T>();
		for (var segment : segments) {
			var parent = parentKey.apply(segment);
			if (parent == null || !keys.contains(parent)) {
				roots.add(segment);
			}
			else {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(segment);
			}
		}
		var siblings = Comparator.comparingInt(order).thenComparing(key);
		visit(roots, 0, children, key, siblings, visitor, new HashSet<>());
	}

	private static <T> void visit(List<T> level, int depth, Map<String, List<T>> children, Function<T, String> key,
			Comparator<T> siblings, ObjIntConsumer<T> visitor, Set<String> seen) {
		var sorted = new ArrayList<>(level);
		sorted.sort(siblings);
		for (var segment : sorted) {
			var k = key.apply(segment);
			if (seen.add(k)) {
				visitor.accept(segment, depth);
				visit(children.getOrDefault(k, List.of()), depth + 1, children, key, siblings, visitor, seen);
			}
		}
	}

}
