package io.chaingraph.loader.dataset;

import java.util.function.Consumer;

import io.chaingraph.loader.source.LoadProblem;

/**
 * The {@code source} and {@code quote} every record carries (loader/FORMATS.md): which kinds of source exist, and
 * that a policy document is always quoted. The rules and their words live in graph-model
 * ({@link io.chaingraph.model.rules.Provenance}), shared with the API's curation mutations.
 */
public final class Provenance {

	/** The source of a record made up to demonstrate the product. */
	public static final String ILLUSTRATIVE = io.chaingraph.model.rules.Provenance.ILLUSTRATIVE;

	private Provenance() {
	}

	/** Checks one record's source and quote; reports what is wrong. */
	public static void check(String file, int line, String source, String quote, Consumer<LoadProblem> problems) {
		for (var problem : io.chaingraph.model.rules.Provenance.problems(source, quote)) {
			problems.accept(new LoadProblem(file, line, problem.field(), problem.expected(), problem.found()));
		}
	}

	/** Whether the source marks a made-up record. */
	public static boolean illustrative(String source) {
		return io.chaingraph.model.rules.Provenance.illustrative(source);
	}

}
