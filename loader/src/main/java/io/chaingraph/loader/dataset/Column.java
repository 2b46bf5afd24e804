package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

/**
 * One column of an input table and the rules its cells follow. A rule returns null when the value is fine, or the
 * words for what was expected.
 *
 * @param name the header name
 * @param isRequired whether an empty cell is an error
 * @param isList the cell holds several values separated by {@code ;}
 * @param reference the key space the value (each value, for lists) must exist in, or null
 * @param rules checks on each value
 * @param convert turns the text into the stored value (text stays text unless a rule says otherwise)
 */
public record Column(String name, boolean isRequired, boolean isList, KeySpace reference, List<Function<String, String>> rules,
		Function<String, Object> convert) {

	/** Longest cell accepted: longer ones are almost always a broken export. */
	public static final int MAX_LENGTH = Vocabulary.MAX_LENGTH;

	/** The key syntax for ids a person types: lower-case letters, digits and hyphens. */
	public static final Pattern SLUG = FieldRule.SLUG.pattern();

	public static Column text(String name) {
		return new Column(name, false, false, null, List.of(), v -> v);
	}

	public Column required() {
		return new Column(this.name, true, this.isList, this.reference, this.rules, this.convert);
	}

	public Column list() {
		return new Column(this.name, this.isRequired, true, this.reference, this.rules, this.convert);
	}

	public Column references(KeySpace space) {
		return new Column(this.name, this.isRequired, this.isList, space, this.rules, this.convert);
	}

	public Column rule(Function<String, String> rule) {
		var all = new ArrayList<>(this.rules);
		all.add(rule);
		return new Column(this.name, this.isRequired, this.isList, this.reference, List.copyOf(all), this.convert);
	}

	public Column matches(Pattern pattern, String expected) {
		var matcher = Syntax.matcher(pattern);
		return rule(v -> matcher.test(v) ? null : expected);
	}

	public Column slug() {
		return matches(SLUG, FieldRule.SLUG.expected());
	}

	public Column oneOf(Set<String> allowed) {
		return rule(v -> Vocabulary.oneOf(allowed, v));
	}

	/**
	 * One of a few words, each also as a 招商 team writes it (集群类型 产业集群 for {@code CLUSTER}, 链主企业 or
	 * {@code CHAIN_LEADER} for 链主; Latin words in any case), stored as the list's word. Outside them: the words with
	 * their meanings, and what the value may have meant.
	 * @param words each stored word and what else stands for it, in the order the message lists them
	 */
	public Column words(Map<String, List<String>> words) {
		var meaning = new HashMap<String, String>();
		words.forEach((word, others) -> {
			meaning.put(word.toUpperCase(Locale.ROOT), word);
			others.forEach(other -> meaning.put(other.toUpperCase(Locale.ROOT), word));
		});
		var listed = String.join(", ", words.entrySet().stream()
			.map(e -> e.getKey() + " (" + String.join("/", e.getValue()) + ")").toList());
		// In Chinese: the word itself where it is Chinese (链主), else its first Chinese form (CLUSTER: 产业集群); the
		// Chinese half of "did you mean" names them so too (县级: 市级、省级, not CITY、PROVINCIAL).
		var inChinese = new HashMap<String, String>();
		words.forEach((word, others) -> inChinese.put(word,
				word.codePoints().anyMatch(c -> c > 0x2E80) || others.isEmpty() ? word : others.getFirst()));
		var chinese = String.join("、", words.keySet().stream().map(inChinese::get).toList());
		Function<String, String> find = v -> meaning.get(v.toUpperCase(Locale.ROOT));
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules, v -> find.apply(v))
			.rule(v -> {
				if (find.apply(v) != null) {
					return null;
				}
				var meant = Vocabulary.meant(meaning.keySet(), v.toUpperCase(Locale.ROOT)).stream()
					.map(m -> meaning.get(m)).distinct().toList();
				return "one of " + listed + " (可填：" + chinese + ")"
						+ (meant.isEmpty() ? "" : "; " + Slips.didYouMean(meant, meant.stream().map(inChinese::get).toList()));
			});
	}

	/** A date written where a year belongs: 2003-05-12, 2003/5/12, 2003.5, 2003年5月12日. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*\\d{1,2}.*");

	/**
	 * A year: a whole number from {@code min} to {@code max}, also as a spreadsheet's Chinese list writes it (1979年).
	 * A date gets the year it holds as a hint, not taken for it: the column asks for the year alone.
	 */
	public Column year(int min, int max) {
		var range = "a whole number from " + min + " to " + max + " (年份)";
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules,
				v -> Long.parseLong(withoutNian(v)))
			.rule(v -> {
				try {
					long value = Long.parseLong(withoutNian(v));
					return value >= min && value <= max ? null : range;
				}
				catch (NumberFormatException ex) {
					var date = DATE.matcher(v);
					return date.matches() ? range + ", the year alone: " + date.group(1) + " (只填年份)" : range;
				}
			});
	}

	/** A date as offices type it: 2019-02-26, 2019/2/26, 2019.2.26, 2019年2月26日; a month (2019-02, 2019年2月); a year. */
	private static final Pattern TYPED_DATE = Pattern
		.compile("(\\d{4})\\s*(?:年|(?:[-/.年]\\s*(\\d{1,2})\\s*(?:月|(?:[-/.月]\\s*(\\d{1,2})\\s*日?))?))?");

	/**
	 * A date, stored as {@code YYYY-MM-DD} (or {@code YYYY-MM}, {@code YYYY} where only the month or the year is
	 * known), also as a Chinese office types it (2019/2/26, 2019.2.26, 2019年2月26日): numbers in year, month, day
	 * order cannot be misread. A day the calendar does not have (2019-02-30) is refused with that said.
	 */
	public Column date() {
		var expected = "a date such as 2019-02-26, 2019/2/26 or 2019年2月26日, or a month (2019-02) or a year (日期，如 "
				+ "2019-02-26)";
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules, Column::isoDate)
			.rule(v -> {
				try {
					return isoDate(v) != null ? null : expected;
				}
				catch (java.time.DateTimeException ex) {
					return expected + ": there is no such day (日期不存在)";
				}
			});
	}

	/** The date as YYYY-MM-DD, YYYY-MM or YYYY; null when it is not one; DateTimeException for a day that is none. */
	static String isoDate(String value) {
		var date = TYPED_DATE.matcher(value.strip());
		if (!date.matches()) {
			return null;
		}
		int year = Integer.parseInt(date.group(1));
		if (date.group(2) == null) {
			return date.group(1);
		}
		int month = Integer.parseInt(date.group(2));
		if (date.group(3) == null) {
			return java.time.YearMonth.of(year, month).toString();
		}
		return java.time.LocalDate.of(year, month, Integer.parseInt(date.group(3))).toString();
	}

	private static String withoutNian(String value) {
		return value.endsWith("年") ? value.substring(0, value.length() - 1).strip() : value;
	}

	/**
	 * A share such as 0.35, also written as a percentage (35%, as a spreadsheet saves a cell formatted as one), which
	 * is stored as the fraction. No range: real accounts have shares below 0 and above 1 (分部间抵销), kept as given.
	 */
	public Column share() {
		return number(Column::fraction, "a share such as 0.35, or a percentage such as 35% (占比)");
	}

	private static double fraction(String value) {
		return finite(value.endsWith("%") || value.endsWith("％")
				? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100
				: Double.parseDouble(value));
	}

	/** Thousands separated by commas, as a spreadsheet saves a number formatted so: 1,200 or 12,000.5. */
	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	/** A number such as 0.35 or 800, also with thousands separated (1,200). */
	public Column decimal() {
		return number(Column::number, "a number such as 0.35 or 800 (数值)");
	}

	/** A number read by {@code parse}, which throws NumberFormatException for text that is none. */
	private Column number(java.util.function.ToDoubleFunction<String> parse, String expected) {
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules, parse::applyAsDouble)
			.rule(v -> {
				try {
					parse.applyAsDouble(v);
					return null;
				}
				catch (NumberFormatException ex) {
					return expected;
				}
			});
	}

	private static double number(String value) {
		return finite(Double.parseDouble(THOUSANDS.matcher(value).matches() ? value.replace(",", "") : value));
	}

	/** NaN and Infinity parse as doubles but are no amount: refused, as the curation API refuses them. */
	private static double finite(double value) {
		if (!Double.isFinite(value)) {
			throw new NumberFormatException("not a finite number");
		}
		return value;
	}

}
