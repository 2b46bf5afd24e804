package io.chaingraph.loader.chainkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.source.LoadProblem;

/**
 * The problems found while reading, all of them, so a person fixes them in one go. Past {@value #PER_FILE} in one
 * file (a wrong file, say) the rest are counted, not listed: a message of 100,000 lines helps nobody.
 */
final class Problems {

	static final int PER_FILE = 1_000;

	private final List<LoadProblem> listed = new ArrayList<>();

	private final Map<String, Integer> perFile = new LinkedHashMap<>();

	void add(String file, int line, String field, String expected, String found) {
		int seen = this.perFile.merge(file, 1, Integer::sum);
		if (seen <= PER_FILE) {
			this.listed.add(new LoadProblem(file, line, field, expected, found));
		}
	}

	boolean isEmpty() {
		return this.listed.isEmpty();
	}

	/** Every problem listed, then one line per file whose further problems were only counted. */
	List<LoadProblem> all() {
		var all = new ArrayList<>(this.listed);
		this.perFile.forEach((file, seen) -> {
			if (seen > PER_FILE) {
				all.add(new LoadProblem(file, 0, null, "at most " + PER_FILE + " problems listed per file",
						(seen - PER_FILE) + " more (另有 " + (seen - PER_FILE) + " 处问题未列出)"));
			}
		});
		return all;
	}

}
