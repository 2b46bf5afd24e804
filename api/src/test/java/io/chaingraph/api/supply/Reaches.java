package io.chaingraph.api.supply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent side of the traversal tests: a breadth-first search and a depth-first enumeration of routes over
 * links read from the input files, and the check of an API answer's paths against those links.
 */
final class Reaches {

	private Reaches() {
	}

	/** Every node within {@code maxHops} links of the start (the start included, at 0), with its distance. */
	static Map<String, Integer> breadthFirst(String start, Map<String, Set<String>> edges, int maxHops) {
		var distance = new TreeMap<String, Integer>();
		distance.put(start, 0);
		var queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			var at = queue.poll();
			if (distance.get(at) == maxHops) {
				continue;
			}
			for (var next : edges.getOrDefault(at, Set.of())) {
				if (!distance.containsKey(next)) {
					distance.put(next, distance.get(at) + 1);
					queue.add(next);
				}
			}
		}
		return distance;
	}

	/**
	 * Every route from the start within {@code maxHops} links that visits no node twice, depth first, sorted as the
	 * routes questions list them: by length, then node by node by {@code order} (a name's 拼音 key), then by the
	 * nodes themselves.
	 */
	static List<List<String>> depthFirst(String start, Map<String, Set<String>> edges, int maxHops,
			Function<String, String> order) {
		var found = new ArrayList<List<String>>();
		extend(new ArrayList<>(List.of(start)), edges, maxHops, found);
		found.sort(Comparator.<List<String>>comparingInt(List::size)
			.thenComparing((a, b) -> compare(a, b, order))
			.thenComparing((a, b) -> compare(a, b, k -> k)));
		return found;
	}

	private static void extend(List<String> route, Map<String, Set<String>> edges, int maxHops, List<List<String>> found) {
		if (route.size() > maxHops) {
			return;
		}
		for (var next : edges.getOrDefault(route.getLast(), Set.of())) {
			if (!route.contains(next)) {
				route.add(next);
				found.add(List.copyOf(route));
				extend(route, edges, maxHops, found);
				route.removeLast();
			}
		}
	}

	/** Two routes of one length, node by node. */
	private static int compare(List<String> a, List<String> b, Function<String, String> by) {
		for (int i = 0; i < a.size(); i++) {
			int c = by.apply(a.get(i)).compareTo(by.apply(b.get(i)));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/**
	 * The hop count of every node of an answer's {@code reached} list, named by {@code field}, after checking that each
	 * path runs from the start to the node, is one longer than its hops, and follows links that exist.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Integer> hopsCheckingPaths(Map<String, Object> reach, String field, String start,
			Map<String, Set<String>> edges) {
		var actual = new TreeMap<String, Integer>();
		for (var reached : (List<Map<String, Object>>) reach.get("reached")) {
			var name = (String) ((Map<String, Object>) reached.get("node")).get(field);
			actual.put(name, (Integer) reached.get("hops"));
			var path = ((List<Map<String, Object>>) reached.get("path")).stream().map(p -> (String) p.get(field)).toList();
			assertThat(path).as("path to %s", name).hasSize((Integer) reached.get("hops") + 1).startsWith(start).endsWith(name);
			for (int i = 1; i < path.size(); i++) {
				assertThat(edges.getOrDefault(path.get(i - 1), Set.of())).as("link %s → %s", path.get(i - 1), path.get(i))
					.contains(path.get(i));
			}
		}
		return actual;
	}

}
