package io.chaingraph.api.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Answers a whole GraphQL batch with one statement: the batch queries of {@code cypher/queries} take
 * {@code $keys} and return one row per {@code (key, item)}; these helpers hand each parent its items.
 */
@Component
public class Batches {

	private final GraphReads reads;

	public Batches(GraphReads reads) {
		this.reads = reads;
	}

	/** For each parent, the items the query returns for its key (an empty list when none). */
	public <P, T> Map<P, List<T>> many(String query, Collection<P> parents, Function<P, String> key,
			Function<Map<String, Object>, T> item) {
		var keys = new LinkedHashSet<String>();
		parents.forEach(p -> keys.add(key.apply(p)));
		var byKey = new HashMap<String, List<T>>();
		this.reads.list(query, Map.of("keys", List.copyOf(keys)), r -> r).forEach(r -> byKey
			.computeIfAbsent(r.get("key").asString(), k -> new ArrayList<>())
			.add(item.apply(r.get("item").asMap(Batches::plain))));
		var result = new LinkedHashMap<P, List<T>>();
		parents.forEach(p -> result.put(p, byKey.getOrDefault(key.apply(p), List.of())));
		return result;
	}

	/** For each parent, the one item its (foreign) key names; parents whose key is null or unknown are left out. */
	public <P, T> Map<P, T> one(String query, Collection<P> parents, Function<P, String> key,
			Function<Map<String, Object>, T> item) {
		var wanted = parents.stream().filter(p -> key.apply(p) != null).toList();
		var byKey = byKeys(query, wanted.stream().map(key).toList(), item);
		var result = new LinkedHashMap<P, T>();
		wanted.forEach(p -> {
			var found = byKey.get(key.apply(p));
			if (found != null) {
				result.put(p, found);
			}
		});
		return result;
	}

	/** The items of the given keys, by key. */
	public <T> Map<String, T> byKeys(String query, Collection<String> keys, Function<Map<String, Object>, T> item) {
		var byKey = new HashMap<String, T>();
		if (keys.isEmpty()) {
			return byKey;
		}
		this.reads.list(query, Map.of("keys", List.copyOf(new LinkedHashSet<>(keys))), r -> r)
			.forEach(r -> byKey.putIfAbsent(r.get("key").asString(), item.apply(r.get("item").asMap(Batches::plain))));
		return byKey;
	}

	/**
	 * The one object a single-object query names by its global {@code id} or its business {@code key} (exactly one of
	 * them), or null when there is none.
	 */
	public <T> T lookup(String type, String query, String id, String key, Function<Map<String, Object>, T> item) {
		Lookup.exactlyOne("id, key", id, key);
		var wanted = id != null ? GlobalId.decode(id, type).key() : key;
		return byKeys(query, List.of(wanted), item).get(wanted);
	}

	/** Neo4j values as plain Java values (lists, strings, numbers, booleans). */
	static Object plain(Value value) {
		return value.asObject();
	}

}
