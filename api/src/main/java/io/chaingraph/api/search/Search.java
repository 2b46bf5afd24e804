package io.chaingraph.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.cluster.Cluster;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.product.Industry;
import io.chaingraph.api.product.Product;
import io.chaingraph.api.region.Region;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.model.order.Pinyin;
import io.chaingraph.model.rules.RegionCodes;
import io.chaingraph.model.rules.Slips;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Search in three passes, best first, in one statement ({@code search/ranked}): exact codes and keys (区划代码,
 * 股票代码, 统一社会信用代码, ids) and whole names of the small labels (a region also as people say it, {@link #places});
 * then the cjk full-text index for two characters and more; then names containing
 * the text, which is how a one-character search ('铜') finds anything, the cjk analyzer indexing character pairs
 * only: firms through the same full-text index ({@link #oneCharacter}), the small labels through their text indexes.
 * A pass runs only while the earlier ones found fewer hits than asked.
 */
@Component
public class Search {

	private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT)\\b");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000]+");

	/** A stock code as brokers' apps and 行情软件 write it, the exchange first (SH600362, sz002460). */
	private static final Pattern EXCHANGE_FIRST = Pattern.compile("(?i)(SH|SZ|BJ)(\\d{6})");

	/**
	 * Wildcards a user types from habit (铜*, %江西%, 锂电？): every search already finds names containing its words,
	 * and typed they only kept a text from matching (铜* found nothing: two characters, so not the one-character
	 * search, and the analyzer drops the star).
	 */
	private static final Pattern WILDCARDS = Pattern.compile("[*＊%％?？]+");

	/** How much more a name with every word of the text counts than the same name's score for each word alone. */
	private static final int ALL_WORDS_BOOST = 10;

	/** The most words a search text may hold (江西 铜 箔: three). */
	public static final int MAX_WORDS = 10;

	/** How much more a name containing a word as it was typed counts than one containing some of its pairs. */
	private static final int PHRASE_BOOST = 2;

	private static final Map<String, Function<Map<String, Object>, Object>> MAPPERS = Map.of("Enterprise",
			Enterprise::of, "Chain", Chain::of, "Segment", Segment::of, "Product", Product::of, "Region", Region::of,
			"Cluster", Cluster::of, "Industry", Industry::of);

	private final GraphReads reads;

	private final QueryLimits limits;

	public Search(GraphReads reads, QueryLimits limits) {
		this.reads = reads;
		this.limits = limits;
	}

	/**
	 * Plans the search statement before the first request asks, for each kind of parameters it gets (one character
	 * or more, with or without types); limit 0 runs nothing past the exact lookups.
	 */
	@EventListener(ApplicationStartedEvent.class)
	public void planAhead() {
		var sets = new ArrayList<Map<String, Object>>();
		for (var query : new String[] { "", null }) {
			for (var labels : new List<?>[] { null, List.of("Enterprise") }) {
				var parameters = new HashMap<String, Object>();
				parameters.put("text", "");
				parameters.put("keys", List.of(""));
				parameters.put("name", "");
				parameters.put("places", List.of(""));
				parameters.put("query", query);
				parameters.put("contains", query == null ? "" : null);
				parameters.put("slip", query);
				parameters.put("labels", labels);
				parameters.put("limit", 0);
				parameters.put("nodes", true);
				sets.add(parameters);
			}
		}
		this.reads.planAhead("search/ranked", sets);
	}

	/**
	 * The hits for a search text, best first; {@code nodes}: whether the request asks for their nodes (without, each
	 * hit has its type, name, score and how it matched, and no node).
	 */
	public List<SearchHit> search(String text, List<String> types, Integer first, boolean nodes) {
		var typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			throw ApiException.badInput("Search text is empty (检索词为空)");
		}
		if (typed.length() > this.limits.maxTextLength()) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "Search text is at most " + this.limits.maxTextLength()
					+ " characters (检索词过长)", Map.of("limit", "maxTextLength", "value", this.limits.maxTextLength()));
		}
		var wanted = WILDCARDS.matcher(typed).replaceAll(" ").strip();
		if (wanted.isEmpty()) {
			throw ApiException.badInput("Search text holds only wildcards: type the words themselves, names containing "
					+ "them are found without * or % (检索词只有通配符：请直接输入关键词，无需 * 或 %)");
		}
		int words = WHITESPACE.split(wanted).length;
		if (words > MAX_WORDS) {
			// each word is a query of its own over the index's terms, twice: a hundred words took 0.2 s of Neo4j
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "Search text has " + words + " words, at most " + MAX_WORDS
					+ " are searched together: keep the ones that name what you look for (检索词最多 " + MAX_WORDS + " 个)",
					Map.of("limit", "maxSearchWords", "value", MAX_WORDS, "actual", words));
		}
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		var labels = types == null || types.isEmpty() ? null
				: types.stream().map(t -> t.charAt(0) + t.substring(1).toLowerCase()).toList();
		var hits = new LinkedHashMap<String, SearchHit>();
		// A text copied in traditional characters (江西銅業) finds the graph's simplified names: its simplified form is
		// searched first, then the text as given, for the names whose characters are both (乾安县, not 干安县).
		for (var reading : Slips.readings(wanted).reversed()) {
			add(hits, slipsPlaced(this.reads.list("search/ranked", parameters(reading, labels, size, nodes), r -> r),
					reading), size);
		}
		return tiesInNameOrder(new ArrayList<>(hits.values()));
	}

	/**
	 * Hits of one score (names of one length in the last pass, often) in 拼音 order, as every list of names here:
	 * Neo4j orders strings by code point (铜仁市 before 铜川市), and only firms carry a {@code nameKey}. Runs of equal
	 * score are sorted in place, so the order of the passes and of the scores stays as the statement gave it.
	 */
	private static List<SearchHit> tiesInNameOrder(List<SearchHit> hits) {
		for (int from = 0; from < hits.size();) {
			int to = from + 1;
			while (to < hits.size() && hits.get(to).score() == hits.get(from).score()) {
				to++;
			}
			if (to - from > 1) {
				var ties = hits.subList(from, to);
				ties.sort(Comparator.comparing(SearchHit::type)); // the order among hits of one name: both sorts are stable
				NameOrder.sort(ties, SearchHit::name);
			}
			from = to;
		}
		return hits;
	}

	/**
	 * The parameters of {@code search/ranked} for a checked search text, the labels asked for (null: all), the page
	 * size and whether to return the nodes. Public for {@code bench api --baseline statements}, which runs the same
	 * statement directly.
	 */
	public static Map<String, Object> parameters(String wanted, List<String> labels, int size, boolean nodes) {
		var parameters = new HashMap<String, Object>();
		parameters.put("text", wanted);
		parameters.put("keys", keys(wanted));
		parameters.put("name", Slips.halfWidth(wanted).strip());
		parameters.put("places", places(wanted));
		boolean one = wanted.codePointCount(0, wanted.length()) == 1;
		parameters.put("query", one ? null : words(wanted));
		parameters.put("contains", one ? oneCharacter(wanted) : null);
		parameters.put("slip", slip(wanted));
		parameters.put("labels", labels);
		parameters.put("limit", size);
		parameters.put("nodes", nodes);
		return parameters;
	}

	/**
	 * The codes and keys a text may be written for, for the exact pass: as typed in half width (６００３６２ is 600362:
	 * a Chinese input method in full-width mode), in upper case (a credit code or 600362.sh typed in lower case) and
	 * in lower case (JX-NONFERROUS for the chain id), a stock code with its exchange first as brokers' apps show it
	 * (SH600362 is 600362.SH), and a region code in GB/T 2260's padded form (360700 is 3607), as
	 * {@code region(code:)} reads it.
	 */
	public static List<String> keys(String wanted) {
		var key = Slips.halfWidth(wanted).strip();
		var keys = new LinkedHashSet<String>();
		keys.add(key);
		keys.add(key.toUpperCase(Locale.ROOT));
		keys.add(key.toLowerCase(Locale.ROOT));
		var exchangeFirst = EXCHANGE_FIRST.matcher(key);
		if (exchangeFirst.matches()) {
			keys.add(exchangeFirst.group(2) + "." + exchangeFirst.group(1).toUpperCase(Locale.ROOT));
		}
		keys.addAll(RegionCodes.unpadded(key));
		return List.copyOf(keys);
	}

	/** What a place name is written with in the regions' names, after the name people say (南昌 → 南昌市, 南昌县). */
	private static final List<String> PLACE_SUFFIXES = List.of("省", "市", "县", "区", "自治区", "自治州", "自治县", "盟", "旗");

	/**
	 * The region names a text may mean, for the exact pass: the text itself and, for Chinese text of two characters
	 * or more, the text with each suffix a region's name carries (江西 is 江西省, 赣州 赣州市), as people say them.
	 */
	static List<String> places(String wanted) {
		var name = Slips.halfWidth(wanted).strip();
		var places = new ArrayList<String>();
		places.add(name);
		if (name.codePointCount(0, name.length()) >= 2 && name.codePoints()
			.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			PLACE_SUFFIXES.forEach(suffix -> places.add(name + suffix));
		}
		return List.copyOf(places);
	}

	/**
	 * The text as a region's name typed with one character wrong, for the {@code SLIP} hits: Chinese text of three
	 * characters or more (赣洲市, 九扛市), as the questions' suggestions read it ({@code region/suggest}); else null.
	 * The statement looks for such names only when no region is named exactly so, and only names that end as the text
	 * does (the wrong character is in the place's own name): 江西铜 is no slip for 江西省.
	 */
	static String slip(String wanted) {
		var name = Slips.halfWidth(wanted).strip();
		return name.codePointCount(0, name.length()) >= 3 && name.codePoints()
			.allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? name : null;
	}

	/** The score of a region whose name reads as the text, one character written wrong (赣洲市: 赣州市, both gan zhou shi). */
	static final double SOUNDS_ALIKE = 50;

	/**
	 * Where the statement's {@code SLIP} hits go: a name that reads as the text (a 拼音 input method's slip, 赣洲市 for
	 * 赣州市) right after the exact hits, score {@value #SOUNDS_ALIKE}, as the one the text most likely meant; any
	 * other (九扛市: 九江市; 扶州市 is one character from every ?州市) after every other hit, score 0, where it takes the
	 * place of none.
	 */
	private static List<Row> slipsPlaced(List<org.neo4j.driver.Record> records, String text) {
		var exact = new ArrayList<Row>();
		var rest = new ArrayList<Row>();
		var slips = new ArrayList<org.neo4j.driver.Record>();
		for (var record : records) {
			switch (record.get("matchedBy").asString()) {
				case "SLIP" -> slips.add(record);
				case "EXACT" -> exact.add(new Row(record, record.get("score").asDouble()));
				default -> rest.add(new Row(record, record.get("score").asDouble()));
			}
		}
		if (slips.isEmpty()) {
			exact.addAll(rest);
			return exact;
		}
		var names = new ArrayList<String>();
		names.add(Slips.halfWidth(text).strip());
		slips.forEach(r -> names.add(r.get("name").asString()));
		var sounds = Pinyin.of(names);
		var other = new ArrayList<Row>();
		for (int i = 0; i < slips.size(); i++) {
			if (sounds.get(i + 1).equals(sounds.getFirst())) {
				exact.add(new Row(slips.get(i), SOUNDS_ALIKE));
			}
			else {
				other.add(new Row(slips.get(i), 0));
			}
		}
		exact.addAll(rest);
		exact.addAll(other);
		return exact;
	}

	/** A row of {@code search/ranked} and its score. */
	private record Row(org.neo4j.driver.Record record, double score) {
	}

	private static void add(Map<String, SearchHit> hits, List<Row> rows, int size) {
		for (var row : rows) {
			if (hits.size() >= size) {
				return;
			}
			var record = row.record();
			var type = record.get("type").asString();
			var mapper = MAPPERS.get(type);
			if (mapper == null) {
				continue;
			}
			var item = record.get("item");
			var node = item.isNull() ? null : mapper.apply(item.asMap(v -> v.asObject()));
			hits.putIfAbsent(type + ":" + record.get("key").asObject(), new SearchHit(type.toUpperCase(), node,
					String.valueOf(record.get("name").asObject()), row.score(), record.get("matchedBy").asString()));
		}
	}

	/**
	 * One character as a full-text query on names that contain it, or null when it is neither a letter nor a digit
	 * (the analyzer keeps no punctuation). The cjk analyzer indexes a Chinese, Japanese or Korean character as the
	 * first or the second of a pair, or alone when no such character stands next to it: the regular expression
	 * {@code /铜.?|.铜/} finds it anywhere in a name (one automaton over the terms; on the 1,000,000-firm store,
	 * 2 ms for 业, which is in every firm name, where {@code 业* OR ?业} took 13). Other letters and digits are
	 * indexed as whole words and numbers, lower case, full-width folded: {@code v*} finds 南昌VR科创城 but R does
	 * not. A leading wildcard ({@code *r*}) would read every word and number of the index: 36 ms for a digit over
	 * the store's 1,000,000 firm numbers.
	 */
	static String oneCharacter(String character) {
		int c = character.codePointAt(0);
		if (c >= 0xFF01 && c <= 0xFF5E) {
			c -= 0xFEE0; // full-width ASCII, as the analyzer's width filter folds it
		}
		if (!Character.isLetterOrDigit(c)) {
			return null;
		}
		var folded = Character.toString(Character.toLowerCase(c));
		return switch (Character.UnicodeScript.of(c)) {
			case HAN, HIRAGANA, KATAKANA, HANGUL -> "name:/" + folded + ".?|." + folded + "/";
			default -> "name:" + folded + "*";
		};
	}

	/**
	 * The text as a Lucene query. One word: {@link #lucene}'s query. Several (江西 铜, 赣州 稀土): names with every word
	 * first (the words required together, boosted), then names with some of them; a word of one character as
	 * {@link #oneCharacter} looks for it, since the analyzer indexes a Chinese character standing between others only
	 * in pairs: typed alone it matched nothing, and 江西 alone decided the order.
	 */
	static String words(String text) {
		var words = WHITESPACE.split(text.strip());
		if (words.length == 1) {
			return word(text);
		}
		var clauses = new ArrayList<String>();
		for (var word : words) {
			var alone = word.codePointCount(0, word.length()) == 1 ? oneCharacter(word) : null;
			clauses.add(alone != null ? alone : word(word));
		}
		return "(" + String.join(" ", clauses.stream().map(c -> "+" + c).toList()) + ")^" + ALL_WORDS_BOOST + " "
				+ String.join(" ", clauses);
	}

	/**
	 * One word as a Lucene query: its character pairs, any of them (锂电池: 锂电 or 电池), and, for three characters
	 * and more, the word as a phrase, boosted: names that contain the word itself come first. Without it a name with
	 * one pair in several fields (江西赣锋锂电科技, 4.12) outranked one with the whole word (九江某锂电池材料, 3.10), and
	 * a segment with 新能源 alone the cluster named for 新能源汽车.
	 */
	static String word(String word) {
		var query = lucene(word);
		return word.codePointCount(0, word.length()) < 3 ? query : "(\"" + query + "\"^" + PHRASE_BOOST + " " + query + ")";
	}

	/**
	 * The text as a Lucene query that matches it literally: special characters escaped, and the operator words AND,
	 * OR and NOT in lower case (the query parser takes them as operators only in upper case, and "AND" alone was a
	 * syntax error; the analyzer lower-cases every word anyway).
	 */
	public static String lucene(String text) {
		var escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return OPERATOR_WORD.matcher(escaped).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
	}

}
