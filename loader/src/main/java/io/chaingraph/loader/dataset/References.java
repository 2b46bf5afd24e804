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
 * graph (asked once per key space, for the keys the data set does not define).
 */
final class References {

	private record Use(KeySpace space, String key, String file, int line, String field) {
	}

	private final Map<KeySpace, Set<String>> defined;

	private final BiFunction<KeySpace, Collection<String>, Set<String>> inGraph;

	private final Refused refused;

	References(Map<KeySpace, Set<String>> defined, BiFunction<KeySpace, Collection<String>, Set<String>> inGraph,
			Refused refused) {
		this.defined = defined;
		this.inGraph = inGraph;
		this.refused = refused;
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
		missing.forEach((space, keys) -> keys.removeAll(this.inGraph.apply(space, keys)));
		for (var use : uses) {
			var unknown = missing.get(use.space());
			if (unknown != null && unknown.contains(use.key())) {
				problems.accept(new LoadProblem(use.file(), use.line(), use.field(), use.space().expected(),
						"'" + use.key() + Hints.UNKNOWN + " (" + use.space().unknown() + ")"));
			}
		}
	}

}
