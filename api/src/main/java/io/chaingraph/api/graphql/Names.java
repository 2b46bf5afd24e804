package io.chaingraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.model.rules.Slips;

/**
 * Objects of one kind by the names people write, for {@code region(name:)} and {@code chain(name:)} and for the
 * questions that take a key or code, when the text given is not one. {@code RegionNames}, {@code ChainNames},
 * {@code ProductNames}, {@code ClusterNames} and {@code EnterpriseNames} are the kinds.
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

	private final String suggest;

	private final Function<T, String> name;

	/** The GraphQL type ("Region", the first word of {@code what}): its global IDs stand for their keys. */
	private final String type;

	/**
	 * @param what the kind, in English and Chinese ("Region 地区")
	 * @param byName the statement of the best matches of a name, with {@code item} and {@code matches}
	 * @param byKeys the statement of the objects with the given {@code $keys}
	 * @param suggest the statement of what a text that names nothing may have meant: {@code item} and {@code rank}
	 * (null for an object the text is not part of and does not hold, kept only when a typing slip away)
	 * @param name an object's name, for the typing slips
	 * @param describe how a candidate reads when a name is ambiguous or suggested
	 * @param hint what to give instead of an ambiguous name, in English and Chinese
	 */
	protected Names(GraphReads reads, String what, String byName, String byKeys, String suggest,
			Function<Map<String, Object>, T> of, Function<T, String> key, Function<T, String> name,
			Function<T, String> describe, String hint) {
		this.reads = reads;
		this.what = what;
		this.byName = byName;
		this.byKeys = byKeys;
		this.suggest = suggest;
		this.of = of;
		this.key = key;
		this.name = name;
		this.describe = describe;
		this.hint = hint;
		this.type = what.substring(0, what.indexOf(' '));
	}

	/** The key inside the text when it is a global ID of this kind (a client passes on an object's id), else the text. */
	private String unwrapped(String text) {
		var key = GlobalId.keyIn(text == null ? null : text.strip(), this.type);
		return key == null ? text : key;
	}

	/**
	 * NOT_FOUND for a text that is neither a key nor a name, with what it may have meant ({@link #suggestions}) in the
	 * message and as {@code suggestions} (keys) in the error's extensions.
	 */
	public ApiException notFound(String text) {
		var suggested = suggest(text);
		var details = new LinkedHashMap<String, Object>();
		details.put("key", text);
		if (suggested != null) {
			details.put("suggestions", suggested.keys());
		}
		return new ApiException(ErrorCode.NOT_FOUND, this.what + " '" + text + "' not found (未找到)"
				+ (suggested == null ? "" : "; " + suggested.words()), details);
	}

	/** What a text may have meant: the keys, and the words ("did you mean 有色金属 (jx-nonferrous)? …"). */
	public record Suggested(List<String> keys, String words) {
	}

	/** {@link #suggestions} as keys and words; null when there is none. */
	public Suggested suggest(String text) {
		var suggested = suggestions(text);
		return suggested.isEmpty() ? null : new Suggested(suggested.stream().map(this.key).toList(),
				Slips.didYouMean(suggested.stream().map(this.describe).toList()));
	}

	/**
	 * What a text that names nothing may have meant, best first, at most {@value Slips#LISTED}: objects whose name
	 * holds the text or is held in it, as the statement ranks them; then those whose key is at most two typing slips
	 * from the text, or whose name one (jx-nonferous → jx-nonferrous); for a text in traditional characters that
	 * has none, those of its simplified form (貴州銅業 → 贵州铜业). Asked only on the way to a NOT_FOUND.
	 */
	public List<T> suggestions(String text) {
		List<T> suggested = List.of();
		for (var reading : readings(text.strip())) {
			suggested = suggestionsOf(reading);
			if (!suggested.isEmpty()) {
				break;
			}
		}
		return suggested;
	}

	private List<T> suggestionsOf(String given) {
		var ranked = new java.util.ArrayList<T>();
		var slips = new java.util.ArrayList<T>();
		for (var row : this.reads.list(this.suggest, Map.of("text", given),
				r -> Map.entry(this.of.apply(r.get("item").asMap()), r.get("rank").isNull() ? -1 : r.get("rank").asInt()))) {
			if (row.getValue() >= 0) {
				ranked.add(row.getKey());
			}
			else if (Slips.distance(this.key.apply(row.getKey()).toLowerCase(java.util.Locale.ROOT),
					given.toLowerCase(java.util.Locale.ROOT)) <= 2
					|| (given.length() >= 3 && Slips.distance(this.name.apply(row.getKey()), given) <= 1)) {
				slips.add(row.getKey());
			}
		}
		ranked.addAll(slips);
		return ranked.stream().limit(Slips.LISTED).toList();
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
		List<Found<T>> found = List.of();
		// 贛州 as 赣州; as given first, for the names whose characters are both (乾安县)
		for (var reading : readings(Slips.halfWidth(name.strip()))) {
			found = byName(reading);
			if (!found.isEmpty()) {
				break;
			}
		}
		return new Matches<>(found.stream().map(Found::item).toList(), found.isEmpty() ? 0 : found.getFirst().matches());
	}

	/**
	 * The forms a name is looked up in, in order: as given, then in simplified characters (贛州 as 赣州); then so
	 * without the 拼音 or English in brackets a document writes after it ({@link Slips#withoutGlosses}: 赣州 (Ganzhou),
	 * 南康區(qū)). A kind adds its own ({@code RegionNames}: 高新区 as 高新技术产业开发区).
	 */
	protected List<String> readings(String name) {
		var bare = Slips.withoutGlosses(name);
		if (bare.equals(name) || bare.isBlank()) {
			return Slips.readings(name);
		}
		var readings = new java.util.ArrayList<>(Slips.readings(name));
		readings.addAll(Slips.readings(bare));
		return readings;
	}

	private List<Found<T>> byName(String name) {
		return this.reads.list(this.byName, byNameParameters(name),
				r -> new Found<>(this.of.apply(r.get("item").asMap()), r.get("matches").asInt()));
	}

	/**
	 * The parameters of the {@code byName} statement for one reading of a name: {@code $name} by default; a kind whose
	 * names only a full-text index reads adds its query ({@code EnterpriseNames}).
	 */
	protected Map<String, Object> byNameParameters(String name) {
		return Map.of("name", name);
	}

	/** The best matches of a name, at most ten, and how many there are in all. */
	public record Matches<T>(List<T> items, int count) {
	}

	/** One of the (at most ten) best matches of a name, and how many best matches there are in all. */
	private record Found<T>(T item, int matches) {
	}

	/**
	 * The key of the object the text names, or the key it writes in another form ({@link #otherForms}), or the text
	 * itself when it is neither (it may be a key).
	 */
	public String key(String given) {
		var text = unwrapped(given);
		var found = find(text);
		if (found != null) {
			return this.key.apply(found);
		}
		var key = Slips.halfWidth(text.strip());
		var written = otherForms(key).isEmpty() ? null : byKey(key);
		return written == null ? key : this.key.apply(written);
	}

	/** {@link #key}, its BAD_INPUT for a name several share naming the argument ({@link ApiException#about}). */
	public String key(String given, String argument) {
		try {
			return key(given);
		}
		catch (ApiException ex) {
			throw ex.about(argument);
		}
	}

	/**
	 * The key the text is, or the key of the object it names: for a filter that matched nothing, to tell an object
	 * written by name (赣州) from one the graph does not have.
	 * @throws ApiException NOT_FOUND when the text is neither
	 */
	public String known(String text) {
		return this.key.apply(knownItem(text));
	}

	/** {@link #known}, its NOT_FOUND naming the argument the text was given in ({@link ApiException#about}). */
	public String known(String text, String argument) {
		return this.key.apply(knownItem(text, argument));
	}

	/**
	 * {@link #knownItem}, its NOT_FOUND (and BAD_INPUT for a name several share) naming the argument the text was
	 * given in ({@link ApiException#about}).
	 */
	public T knownItem(String given, String argument) {
		try {
			return knownItem(given);
		}
		catch (ApiException ex) {
			throw ex.about(argument);
		}
	}

	/**
	 * The object whose key the text is, or writes in another form, or which the text names.
	 * @throws ApiException NOT_FOUND when there is none
	 */
	public T knownItem(String given) {
		var text = unwrapped(given);
		var found = byKey(text);
		if (found == null) {
			found = find(text);
		}
		if (found == null) {
			throw notFound(text);
		}
		return found;
	}

	/**
	 * The object whose key the text is, or writes in another form the graph does not store ({@link #otherForms}):
	 * one statement for all the forms, the text's own key winning. Null when there is none.
	 */
	public T byKey(String text) {
		// As typed: a key with spaces around it or in full width (３６０７) is the key.
		var key = Slips.halfWidth(text.strip());
		var keys = new java.util.ArrayList<String>();
		keys.add(key);
		keys.addAll(otherForms(key));
		var found = new java.util.HashMap<String, T>();
		this.reads.list(this.byKeys, Map.of("keys", keys), r -> Map.entry(r.get("key").asString(), r.get("item").asMap()))
			.forEach(e -> found.put(e.getKey(), this.of.apply(e.getValue())));
		return keys.stream().map(found::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/**
	 * The keys a key may be written for when it is not one itself, in the order to try them: none by default;
	 * regions read GB/T 2260's padded six-digit form (360700 for 3607).
	 */
	protected List<String> otherForms(String key) {
		return List.of();
	}

}
