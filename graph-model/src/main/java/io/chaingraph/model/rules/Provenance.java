package io.chaingraph.model.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code source} and {@code quote} every record carries (loader/FORMATS.md): which kinds of source exist, and
 * that a policy document is always quoted.
 */
public final class Provenance {

	/** The source of a record made up to demonstrate the product. */
	public static final String ILLUSTRATIVE = "illustrative";

	private static final List<String> PREFIXES = List.of("seed:", "registry:", "web:", "file:", "chainkg:");

	private Provenance() {
	}

	/** What is wrong with one record's source and quote (nothing: an empty list). */
	public static List<Problem> problems(String source, String quote) {
		if (source != null && knownKind(source) && (quote != null || !source.startsWith("seed:"))) {
			return List.of(); // the common case allocates nothing: the loader checks millions of records
		}
		var problems = new ArrayList<Problem>();
		if (source == null) {
			problems.add(new Problem("source",
					"where the fact comes from: seed:<file>, registry:<name>, web:<publisher>, file:<path> or illustrative",
					"nothing (缺少来源)"));
			return problems;
		}
		if (!knownKind(source)) {
			// A colon typed in full width (file：…, as a Chinese input method gives it) or a kind in capitals
			// (File:…): the source the person meant, said, rather than "the wrong form".
			var meant = source.replace('：', ':').strip();
			meant = meant.indexOf(':') > 0 ? meant.substring(0, meant.indexOf(':')).toLowerCase(java.util.Locale.ROOT)
					+ meant.substring(meant.indexOf(':')) : meant.toLowerCase(java.util.Locale.ROOT);
			problems.add(new Problem("source", "seed:<file>, registry:<name>, web:<publisher>, file:<path> or illustrative",
					"'" + source + "' (来源格式不对)" + (!meant.equals(source) && knownKind(meant)
							? "; did you mean '" + meant + "'? (您是否要写：" + meant + "；冒号须为半角)" : "")));
		}
		if (source.startsWith("seed:") && quote == null) {
			problems.add(new Problem("quote", "the sentence of " + source.substring(5) + " that states the fact",
					"nothing (政策文件来源须附原文)"));
		}
		return problems;
	}

	private static boolean knownKind(String source) {
		if (ILLUSTRATIVE.equals(source)) {
			return true;
		}
		for (var prefix : PREFIXES) {
			if (source.startsWith(prefix) && source.length() > prefix.length()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the source marks a made-up record. */
	public static boolean illustrative(String source) {
		return ILLUSTRATIVE.equals(source);
	}

}
