package io.chaingraph.loader.dataset;

import java.util.List;
import java.util.function.Consumer;

import io.chaingraph.loader.source.LoadProblem;

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

	/** Checks one record's source and quote; reports what is wrong. */
	public static void check(String file, int line, String source, String quote, Consumer<LoadProblem> problems) {
		if (source == null) {
			problems.accept(new LoadProblem(file, line, "source",
					"where the fact comes from: seed:<file>, registry:<name>, web:<publisher>, file:<path> or illustrative",
					"nothing (缺少来源)"));
			return;
		}
		if (!ILLUSTRATIVE.equals(source) && PREFIXES.stream().noneMatch(p -> source.startsWith(p) && source.length() > p.length())) {
			problems.accept(new LoadProblem(file, line, "source",
					"seed:<file>, registry:<name>, web:<publisher>, file:<path> or illustrative", "'" + source + "' (来源格式不对)"));
		}
		if (source.startsWith("seed:") && quote == null) {
			problems.accept(new LoadProblem(file, line, "quote",
					"the sentence of " + source.substring(5) + " that states the fact", "nothing (政策文件来源须附原文)"));
		}
	}

	/** Whether the source marks a made-up record. */
	public static boolean illustrative(String source) {
		return ILLUSTRATIVE.equals(source);
	}

}
