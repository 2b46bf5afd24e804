package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Objects of one kind by the names people write, for {@code region(name:)} and {@code chain(name:)} and for the
 * questions that take a key or code, when the text given is not one. {@code RegionNames} and {@code ChainNames} are
 * the two kinds.
 *
 * @param <T> the GraphQL type
 */
public abstract class Names<T> {

	private final GraphReads reads;

	private final String what;

	private final String byName;

	private final String byKeys;

	private final Function<Map<String, Object>, T> of;

	private final Function<T, String> key;

	private final Function<T, String> describe;

	private final String hint;

	/**
	 * @param what the kind, in English and Chinese ("Region 地区")
	 * @param byName the statement of the best matches of a name, with {@code item} and {@code matches}
	 * @param byKeys the statement of the objects with the given {@code $keys}
	 * @param describe how a candidate reads when a name is ambiguous
	 * @param hint what to give instead of an ambiguous name, in English and Chinese
	 */
	protected Names(GraphReads reads, String what, String byName, String byKeys, Function<Map<String, Object>, T> of,
			Function<T, String> key, Function<T, String> describe, String hint) {
		this.reads = reads;
		this.what = what;
		this.byName = byName;
		this.byKeys = byKeys;
		this.of = of;
		this.key = key;
		this.describe = describe;
		this.hint = hint;
	}

	/**
	 * The object the name means; null when none has it.
	 * @throws ApiException BAD_INPUT when several share it (鼓楼区)
	 */
	public T find(String name) {
		var found = matches(name);
		if (found.count() <= 1) {
			return found.items().isEmpty() ? null : found.items().getFirst();
		}
		// Refused rather than answered with one picked by code order: 鼓楼区 is four districts.
		var candidates = found.items().stream().map(this.describe).toList();
		var details = new LinkedHashMap<String, Object>();
		details.put("name", name);
		details.put("matches", found.count());
		details.put("candidates", candidates);
		throw new ApiException(ErrorCode.BAD_INPUT, this.what + " name '" + name + "' matches " + found.count() + ": "
				+ String.join(", ", candidates) + (found.count() > candidates.size() ? ", …" : "") + "; " + this.hint,
				details);
	}

	/**
	 * The best matches of a name (at most ten) and how many best matches there are in all: none, one, or several
	 * that share it.
	 */
	public Matches<T> matches(String name) {
		var found = this.reads.list(this.byName, Map.of("name", name.strip()),
				r -> new Found<>(this.of.apply(r.get("item").asMap()), r.get("matches").asInt()));
		return new Matches<>(found.stream().map(Found::item).toList(), found.isEmpty() ? 0 : found.getFirst().matches());
	}

	/** The best matches of a name, at most ten, and how many there are in all. */
	public record Matches<T>(List<T> items, int count) {
	}

	/** One of the (at most ten) best matches of a name, and how many best matches there are in all. */
	private record Found<T>(T item, int matches) {
	}

	/** The key of the object the text names, or the text itself when it names none (it may be a key). */
	public String key(String text) {
		var found = find(text);
		return found == null ? text : this.key.apply(found);
	}

	/**
	 * The key the text is, or the key of the object it names: for a filter that matched nothing, to tell an object
	 * written by name (赣州) from one the graph does not have.
	 * @throws ApiException NOT_FOUND when the text is neither
	 */
	public String known(String text) {
		if (!this.reads.list(this.byKeys, Map.of("keys", List.of(text)), r -> r).isEmpty()) {
			return text;
		}
		var found = find(text);
		if (found == null) {
			throw ApiException.notFound(this.what, text);
		}
		return this.key.apply(found);
	}

}
