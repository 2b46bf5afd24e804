package io.chaingraph.api.supply;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent side of the traversal tests: a breadth-first search over links read from the input files, and the
 * check of an API answer's paths against those links.
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
