package io.chaingraph.model.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

/**
 * The order Chinese readers expect a list of names in: by 拼音 (阿里巴巴, 安徽海螺, 北京燕京 … 中国铜业), as a spreadsheet
 * set to Chinese sorts them, not by Unicode code point (which puts 万, 中, 厦 before 安). Neo4j compares strings by
 * code point only, so each firm carries {@code nameKey}: this collation key of its name, written by every path that
 * writes a name (loads, the bulk first load, the ChainKnowledgeGraph import, curation) and brought up to date by
 * migrations V0009 (firms stored without one) and V0011 (keys of the JDK's collation, before this one). Lists ordered
 * by name order by {@code nameKey}, then by key.
 * <p>
 * The key is ICU's Chinese collation ({@code zh}, 拼音 for every Han character Unicode has, not only GB2312's 3,755
 * common ones: 亳州, 衢州, 儋州 under b, q, d, not after z as the JDK's collation put them) at primary strength, with
 * Latin letters and digits before Chinese as spreadsheets sort them, case and width ignored, as lowercase hex, so that
 * comparing two keys as strings compares the names. ICU sorts a character by one reading; where names read it
 * otherwise (长沙 cháng, 厦门 xià, 六安 lù) the words in {@code readings.tsv} are keyed as a homophone spelling of them
 * (常沙, 夏门, 陆安). Names that differ only in case or width, or read the same, share a key and are ordered by key
 * among themselves.
 */
public final class NameOrder {

	/** ICU's sort keys end with a zero byte; dropped, it sorts nothing and every key is one byte shorter. */
	private static final String END = "00";

	/** Thread-safe once frozen: one for every thread. */
	private static final Collator COLLATOR = collator();

	/** The rows of readings.tsv, read once. */
	private static final List<Reading> ROWS = readingsFile();

	/** The words of readings.tsv by their first character, longest first. */
	private static final Map<Character, List<Reading>> READINGS = readings();

	/** See {@link #revision()}: computed once, every migrator start asks for it. */
	private static final String REVISION = computeRevision();

	private NameOrder() {
	}

	/** The sort key of a name (null for null): compare keys as strings to compare names. */
	public static String key(String name) {
		if (name == null) {
			return null;
		}
		var hex = HexFormat.of().formatHex(COLLATOR.getCollationKey(asRead(name)).toByteArray());
		return hex.endsWith(END) ? hex.substring(0, hex.length() - END.length()) : hex;
	}

	/**
	 * What the keys depend on besides this code: ICU's collation version and the respellings of readings.tsv
	 * ({@code icu-<version>-readings-<hash>}). When it changes (a new ICU, a line added to readings.tsv) the keys
	 * stored before sort otherwise than new ones: migration V0011 runs again and brings every key up to date.
	 */
	public static String revision() {
		return REVISION;
	}

	private static String computeRevision() {
		var respellings = new StringBuilder();
		ROWS.forEach(r -> respellings.append(r.word()).append('\t').append(r.spelled()).append('\n'));
		try {
			var digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(respellings.toString().getBytes(StandardCharsets.UTF_8));
			return "icu-" + COLLATOR.getVersion() + "-readings-" + HexFormat.of().formatHex(digest).substring(0, 12);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The names in 拼音 order, each once: short lists a reader scans (the areas, customers, suppliers a reason names). */
	public static List<String> sorted(Collection<String> names) {
		var list = new ArrayList<>(new java.util.LinkedHashSet<>(names));
		sort(list, name -> name);
		return List.copyOf(list);
	}

	/**
	 * Sorts items in place by their names in 拼音 order, stably (items of one name keep their order), each name keyed
	 * once rather than at every comparison.
	 */
	public static <T> void sort(List<T> items, java.util.function.Function<? super T, String> name) {
		var keyed = new ArrayList<Map.Entry<String, T>>(items.size());
		items.forEach(item -> keyed.add(Map.entry(key(name.apply(item)), item)));
		keyed.sort(Map.Entry.comparingByKey());
		for (int i = 0; i < keyed.size(); i++) {
			items.set(i, keyed.get(i).getValue());
		}
	}

	/** The name with every word of readings.tsv in it spelled as it sorts (长沙 as 常沙); itself when none is in it. */
	static String asRead(String name) {
		StringBuilder read = null;
		for (int i = 0; i < name.length(); i++) {
			var words = READINGS.get(name.charAt(i));
			if (words == null) {
				continue;
			}
			for (var word : words) {
				if (name.startsWith(word.word(), i)) {
					if (read == null) {
						read = new StringBuilder(name);
					}
					read.replace(i, i + word.word().length(), word.spelled());
					i += word.word().length() - 1;
					break;
				}
			}
		}
		return read == null ? name : read.toString();
	}

	/** The word of readings.tsv that starts at {@code i} of {@code text}, the longest; null when none does. */
	static Reading readingAt(String text, int i) {
		for (var word : READINGS.getOrDefault(text.charAt(i), List.of())) {
			if (text.startsWith(word.word(), i)) {
				return word;
			}
		}
		return null;
	}

	/** A word of readings.tsv, the homophone spelling it is keyed as, and its reading, a syllable per character. */
	record Reading(String word, String spelled, List<String> syllables) {
	}

	private static Collator collator() {
		var collator = (RuleBasedCollator) Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
		collator.setStrength(Collator.PRIMARY);
		// ICU's zh puts Han before Latin; spreadsheets and the JDK before it put Latin first (3M, ABC科技, 阿里巴巴)
		collator.setReorderCodes(UScript.LATIN, UScript.HAN);
		return collator.freeze();
	}

	private static Map<Character, List<Reading>> readings() {
		var byFirst = new HashMap<Character, List<Reading>>();
		for (var reading : ROWS) {
			byFirst.computeIfAbsent(reading.word().charAt(0), c -> new ArrayList<>()).add(reading);
		}
		byFirst.values().forEach(words -> words.sort(Comparator.comparingInt((Reading r) -> r.word().length()).reversed()));
		return Map.copyOf(byFirst);
	}

	/** The rows of readings.tsv, checked: a word, a spelling and a reading as long. */
	static List<Reading> readingsFile() {
		try (var in = NameOrder.class.getResourceAsStream("readings.tsv")) {
			if (in == null) {
				throw new IllegalStateException("readings.tsv is missing beside NameOrder");
			}
			var rows = new ArrayList<Reading>();
			int number = 0;
			for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				var fields = line.split("\t");
				var syllables = fields.length < 3 ? List.<String>of() : List.of(fields[2].strip().split(" +"));
				if (fields[0].isEmpty() || fields.length < 3 || fields[0].length() != fields[1].length()
						|| fields[0].length() != syllables.size()) {
					throw new IllegalStateException("readings.tsv line " + number + ": expected a word, a spelling of as"
							+ " many characters and its reading, a syllable each, tab-separated; found: " + line);
				}
				rows.add(new Reading(fields[0], fields[1], syllables));
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
