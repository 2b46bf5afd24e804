package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.chaingraph.loader.chain.Chain;
import io.chaingraph.loader.source.LoadProblem;

/**
 * Checks that every reference of a data set names something: defined in the data set, built in, or already in the
 * graph (asked once per key space, for the keys the data set does not define). With {@code --prune}, a reference to
 * what the graph has only because this data set listed it before is refused too: the prune would delete it, and the
 * row that names it would be lost without a word.
 */
final class References {

	private record Use(KeySpace space, String key, String file, int line, String field) {
	}

	private final Map<KeySpace, Set<String>> defined;

	private final BiFunction<KeySpace, Collection<String>, Set<String>> inGraph;

	private final Refused refused;

	private final BiFunction<KeySpace, Collection<String>, Map<String, String>> prunable;

	References(Map<KeySpace, Set<String>> defined, BiFunction<KeySpace, Collection<String>, Set<String>> inGraph,
			Refused refused) {
		this(defined, inGraph, refused, null);
	}

	/**
	 * @param prunable with {@code --prune}: which of some keys in the graph the prune would delete, with their names;
	 * null without
	 */
	References(Map<KeySpace, Set<String>> defined, BiFunction<KeySpace, Collection<String>, Set<String>> inGraph,
			Refused refused, BiFunction<KeySpace, Collection<String>, Map<String, String>> prunable) {
		this.defined = defined;
		this.inGraph = inGraph;
		this.refused = refused;
		this.prunable = prunable;
	}

	void check(Map<Table, List<Row>> tables, List<Chain> chains, Consumer<LoadProblem> problems) {
		var uses = new ArrayList<Use>();
		tables.forEach((table, rows) -> {
			for (var column : table.columns()) {
				if (column.reference() == null) {
					continue;
				}
				for (var row : rows) {
					var value = row.value(column.name());
					var keys = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
					for (var key : keys) {
						uses.add(new Use(column.reference(), (String) key, row.file(), row.line(), column.name()));
					}
				}
			}
		});
		for (var chain : chains) {
			chain.policies().forEach(p -> uses.add(new Use(KeySpace.REGION, p.region(), chain.file(), p.line(), "policy.region")));
			for (var supply : chain.supplies()) {
				uses.add(new Use(KeySpace.SEGMENT, supply.from(), chain.file(), supply.line(), "supplies.from"));
				uses.add(new Use(KeySpace.SEGMENT, supply.to(), chain.file(), supply.line(), "supplies.to"));
			}
		}
		var missing = new EnumMap<KeySpace, Set<String>>(KeySpace.class);
		for (var use : uses) {
			if (!this.defined.get(use.space()).contains(use.key()) && !this.refused.covers(use.space(), use.key())) {
				missing.computeIfAbsent(use.space(), s -> new HashSet<>()).add(use.key());
			}
		}
		var doomed = new EnumMap<KeySpace, Map<String, String>>(KeySpace.class);
		missing.forEach((space, keys) -> {
			var found = this.inGraph.apply(space, keys);
			keys.removeAll(found);
			if (this.prunable != null && !found.isEmpty()) {
				doomed.put(space, this.prunable.apply(space, found));
			}
		});
		for (var use : uses) {
			var unknown = missing.get(use.space());
			var pruned = doomed.getOrDefault(use.space(), Map.of());
			if (unknown != null && unknown.contains(use.key())) {
				problems.accept(new LoadProblem(use.file(), use.line(), use.field(), use.space().expected(),
						"'" + use.key() + Hints.UNKNOWN + " (" + use.space().unknown() + ")"));
			}
			else if (pruned.containsKey(use.key())) {
				problems.accept(new LoadProblem(use.file(), use.line(), use.field(), use.space().expected(),
						use.space().prunedBy(use.key(), pruned.get(use.key()))));
			}
		}
	}

}
