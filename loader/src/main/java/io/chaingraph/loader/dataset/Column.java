package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.chaingraph.model.rules.FieldRule;
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

	public Column integer(long min, long max) {
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules, Long::parseLong)
			.rule(v -> {
				try {
					long value = Long.parseLong(v);
					return value >= min && value <= max ? null : "a whole number from " + min + " to " + max;
				}
				catch (NumberFormatException ex) {
					return "a whole number from " + min + " to " + max;
				}
			});
	}

	public Column decimal() {
		return new Column(this.name, this.isRequired, this.isList, this.reference, this.rules, Double::parseDouble)
			.rule(v -> {
				try {
					Double.parseDouble(v);
					return null;
				}
				catch (NumberFormatException ex) {
					return "a number such as 0.35 or 800";
				}
			});
	}

}
