package io.chaingraph.api.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.model.rules.Characters;
import io.chaingraph.model.rules.Problem;
import io.chaingraph.model.rules.Provenance;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

/**
 * Checks one mutation's input field by field with the loader's rules (graph-model {@code rules}), collecting every
 * problem, and refuses the whole input with BAD_INPUT naming each field, what was expected and what was found, in the
 * loader's words. Texts are stripped; an empty text counts as not given, as an empty cell does.
 */
final class InputCheck {

	private final List<Problem> problems = new ArrayList<>();

	/** The stripped text, or null when it is null or blank. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		var stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** The stripped, non-blank values of a list, in order, each once. */
	static List<String> texts(List<String> values) {
		return values == null ? List.of() : values.stream().map(InputCheck::text).filter(v -> v != null).distinct().toList();
	}

	/** A required field: reported when missing, checked against the rules when given. */
	@SafeVarargs
	final String required(String field, String value, Function<String, String>... rules) {
		var text = text(value);
		if (text == null) {
			this.problems.add(new Problem(field, "a value (必填)", "an empty value"));
			return null;
		}
		return optional(field, text, rules);
	}

	/** An optional field: checked against the rules when given. */
	@SafeVarargs
	final String optional(String field, String value, Function<String, String>... rules) {
		// A field with rules is a code, id or word of a list: full-width typing (３６０１) is read as the loader reads it.
		var text = rules.length == 0 ? text(value) : Slips.halfWidth(text(value));
		if (text == null) {
			return null;
		}
		if (text.length() > Vocabulary.MAX_LENGTH) {
			this.problems.add(new Problem(field, "at most " + Vocabulary.MAX_LENGTH + " characters",
					text.length() + " characters (内容过长)"));
			return null;
		}
		var hidden = Characters.hiddenIn(field, text);
		if (hidden != null) {
			this.problems.add(new Problem(field, Characters.EXPECTED, hidden));
			return null;
		}
		for (var rule : rules) {
			var expected = rule.apply(text);
			if (expected != null) {
				var scientific = Slips.scientific(text);
				var found = "'" + text + "'" + (scientific == null ? "" : ", " + scientific);
				this.problems.add(new Problem(field, expected, found));
				return null;
			}
		}
		return text;
	}

	/**
	 * Adds what the person most likely meant to the problem of the field, as the loader does (a name where a code
	 * belongs); nothing when the field has no problem.
	 */
	void hint(String field, String hint) {
		for (int i = this.problems.size() - 1; i >= 0; i--) {
			var problem = this.problems.get(i);
			if (problem.field().equals(field)) {
				this.problems.set(i, new Problem(field, problem.expected(), problem.found() + ", " + hint));
				return;
			}
		}
	}

	/** Each value of a list field, checked against the rules. */
	@SafeVarargs
	final List<String> each(String field, List<String> values, Function<String, String>... rules) {
		var checked = new ArrayList<String>();
		for (var value : texts(values)) {
			var ok = optional(field, value, rules);
			if (ok != null) {
				checked.add(ok);
			}
		}
		return checked;
	}

	/** Tags from the product's list, each outside it with the tags it may have meant (小巨人 → 专精特新小巨人). */
	List<String> tags(String field, List<String> values) {
		var checked = new ArrayList<String>();
		for (var value : texts(values)) {
			var ok = optional(field, value, v -> Vocabulary.oneOf(Vocabulary.TAGS, v));
			if (ok != null) {
				checked.add(ok);
			}
			else {
				var meant = Vocabulary.meant(Vocabulary.TAGS, value);
				if (!meant.isEmpty()) {
					hint(field, Slips.didYouMean(meant));
				}
			}
		}
		return checked;
	}

	/** A year from min to max, as the loader checks one. */
	Integer integer(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			this.problems.add(new Problem(field, "a whole number from " + min + " to " + max + " (年份)", "'" + value + "'"));
			return null;
		}
		return value;
	}

	/** The record's source and quote. */
	void provenance(String source, String quote) {
		var strippedSource = text(source);
		var strippedQuote = text(quote);
		if (strippedQuote != null && strippedQuote.length() > Vocabulary.MAX_LENGTH) {
			this.problems.add(new Problem("quote", "at most " + Vocabulary.MAX_LENGTH + " characters",
					strippedQuote.length() + " characters (内容过长)"));
		}
		var hiddenInSource = Characters.hiddenIn("source", strippedSource);
		var hiddenInQuote = Characters.hiddenIn("quote", strippedQuote);
		if (hiddenInSource != null) {
			this.problems.add(new Problem("source", Characters.EXPECTED, hiddenInSource));
		}
		if (hiddenInQuote != null) {
			this.problems.add(new Problem("quote", Characters.EXPECTED, hiddenInQuote));
		}
		this.problems.addAll(Provenance.problems(strippedSource, strippedQuote));
	}

	void add(Problem problem) {
		this.problems.add(problem);
	}

	/**
	 * Refuses the input when anything is wrong.
	 * @throws ApiException BAD_INPUT listing every problem, with {@code extensions.problems}
	 */
	void done() {
		if (this.problems.isEmpty()) {
			return;
		}
		var lines = new ArrayList<String>();
		var details = new ArrayList<Map<String, Object>>();
		for (var problem : this.problems) {
			lines.add("input." + problem.field() + ": expected " + problem.expected() + ", found " + problem.found());
			var detail = new LinkedHashMap<String, Object>();
			detail.put("field", "input." + problem.field());
			detail.put("expected", problem.expected());
			detail.put("found", problem.found());
			details.add(detail);
		}
		throw new ApiException(ErrorCode.BAD_INPUT, this.problems.size()
				+ " problem(s) in the input, nothing was written (输入有误，未写入任何数据): " + String.join("; ", lines),
				Map.of("problems", details));
	}

}
