package io.chaingraph.loader.chainkg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.CuratedRemovals;
import io.chaingraph.loader.LoadSummary;

/**
 * What one ChainKnowledgeGraph import read, wrote and met: lines read per file; per node label and relationship
 * type the distinct elements found and how many were created, updated or left unchanged; and each quirk of the data
 * with its count and up to {@value #EXAMPLES} examples located by {@code file:line}.
 */
public final class ChainKgReport {

	/** How many examples a quirk keeps. */
	public static final int EXAMPLES = 5;

	/**
	 * Counts for one node label or relationship type.
	 * @param distinct the distinct elements the input states (after cleaning and de-duplication)
	 * @param created created by this import (0 in a dry run)
	 * @param updated existed with other properties
	 * @param unchanged existed as they are
	 * @param skipped left out: curation removed them through the API ({@link CuratedRemovals})
	 */
	public record Written(long distinct, long created, long updated, long unchanged, long skipped) {
	}

	/**
	 * One quirk: how often it occurred and where first.
	 * @param count occurrences, as {@link ChainKgQuirk} defines them
	 * @param examples up to {@value ChainKgReport#EXAMPLES} occurrences, each {@code file:line detail}
	 */
	public record QuirkCount(long count, List<String> examples) {
	}

	private final Path directory;

	private final Map<String, Long> linesRead = new LinkedHashMap<>();

	private final Map<String, Written> written = new LinkedHashMap<>();

	private final Map<ChainKgQuirk, Long> quirkCounts = new EnumMap<>(ChainKgQuirk.class);

	private final Map<ChainKgQuirk, List<String>> quirkExamples = new EnumMap<>(ChainKgQuirk.class);

	private final Map<String, String> normalisedCodes = new LinkedHashMap<>();

	private boolean dryRun;

	private CuratedRemovals removals = CuratedRemovals.none();

	private boolean removalsRestored;

	private Duration elapsed = Duration.ZERO;

	ChainKgReport(Path directory) {
		this.directory = directory;
	}

	void linesRead(String file, long lines) {
		this.linesRead.put(file, lines);
	}

	void quirk(ChainKgQuirk quirk, String where, String detail) {
		this.quirkCounts.merge(quirk, 1L, Long::sum);
		var examples = this.quirkExamples.computeIfAbsent(quirk, q -> new ArrayList<>());
		if (examples.size() < EXAMPLES) {
			examples.add(where + " " + detail);
		}
	}

	void normalisedCode(String raw, String id) {
		this.normalisedCodes.putIfAbsent(raw, id);
	}

	void written(String type, Written counts) {
		this.written.put(type, counts);
	}

	void removals(CuratedRemovals removals, boolean restored) {
		this.removals = removals;
		this.removalsRestored = restored;
	}

	void finish(Duration elapsed, boolean dryRun) {
		this.elapsed = elapsed;
		this.dryRun = dryRun;
	}

	/** The folder imported. */
	public Path directory() {
		return this.directory;
	}

	/** Whether this was a dry run (read and checked, nothing written). */
	public boolean dryRun() {
		return this.dryRun;
	}

	/** How long the import took, reading included. */
	public Duration elapsed() {
		return this.elapsed;
	}

	/** Non-blank lines read per file, in reading order. */
	public Map<String, Long> linesRead() {
		return Collections.unmodifiableMap(this.linesRead);
	}

	/** Counts per node label ({@code Enterprise}, …) and relationship type ({@code MAKES}, …), in writing order. */
	public Map<String, Written> written() {
		return Collections.unmodifiableMap(this.written);
	}

	/** Counts for one label or type; all zero when the input had none. */
	public Written written(String type) {
		return this.written.getOrDefault(type, new Written(0, 0, 0, 0, 0));
	}

	/** Elements created by this import, all types together. */
	public long created() {
		return this.written.values().stream().mapToLong(Written::created).sum();
	}

	/** Elements whose properties this import changed, all types together. */
	public long updated() {
		return this.written.values().stream().mapToLong(Written::updated).sum();
	}

	/** What curation removed through the API that the files list again, as {@code file:line: thing}. */
	public List<String> removals() {
		return this.removals.listed();
	}

	/** How often a quirk occurred; 0 when it did not. */
	public long quirk(ChainKgQuirk quirk) {
		return this.quirkCounts.getOrDefault(quirk, 0L);
	}

	/** Every quirk that occurred, with count and examples. */
	public Map<ChainKgQuirk, QuirkCount> quirks() {
		var quirks = new EnumMap<ChainKgQuirk, QuirkCount>(ChainKgQuirk.class);
		this.quirkCounts.forEach((q, n) -> quirks.put(q, new QuirkCount(n, List.copyOf(this.quirkExamples.get(q)))));
		return quirks;
	}

	/** Every stock code not written as {@code 000408.SZ}, as written, with the id it was given ({@code 000408-sz}). */
	public Map<String, String> normalisedCodes() {
		return Collections.unmodifiableMap(this.normalisedCodes);
	}

	/** A table a person reads at the end of an import. */
	public String render() {
		var out = new StringBuilder();
		out.append(this.dryRun ? "ChainKnowledgeGraph dry run: read and checked, nothing written (仅校验，未写入)\n"
				: "ChainKnowledgeGraph imported in one transaction (产业链知识图谱导入完成)\n");
		out.append("  from ").append(this.directory).append('\n');
		out.append(String.format("%n  %-26s %10s%n", "file 文件", "lines 行数"));
		long lines = 0;
		for (var entry : this.linesRead.entrySet()) {
			lines += entry.getValue();
			out.append(String.format("  %-28s %10d%n", entry.getKey(), entry.getValue()));
		}
		out.append(String.format("%n  %-18s %12s %12s %12s %12s %12s%n", "type 类型", "distinct 去重", "created 新增",
				"updated 更新", "unchanged 未变", "skipped 跳过"));
		for (var entry : this.written.entrySet()) {
			var w = entry.getValue();
			out.append(String.format("  %-20s %14d %12d %12d %12d %12d%n", entry.getKey(), w.distinct(), w.created(),
					w.updated(), w.unchanged(), w.skipped()));
		}
		out.append("\n  quirks, handled (数据问题，已处理，非错误):\n");
		if (this.quirkCounts.isEmpty()) {
			out.append("  none 无\n");
		}
		for (var quirk : ChainKgQuirk.values()) {
			var count = this.quirkCounts.get(quirk);
			if (count != null) {
				out.append(String.format("  %8d  %s (%s)%n", count, quirk.english(), quirk.chinese()));
				for (var example : this.quirkExamples.get(quirk)) {
					out.append("            e.g. ").append(example).append('\n');
				}
			}
		}
		double seconds = Math.max(this.elapsed.toMillis(), 1) / 1000.0;
		out.append(String.format("%n  %d lines read, %d created, %d updated in %.1f s (%.0f lines/s)%n", lines,
				created(), updated(), seconds, lines / seconds));
		this.removals.render(out, this.dryRun, this.removalsRestored);
		// The last line, as a data set load's (LoadSummary.verdict): what a cron mail's reader and a script look at.
		out.append(this.dryRun ? String.format("Valid: %,d lines checked, nothing written (校验通过，未写入)", lines)
				: created() + updated() == 0 ? LoadSummary.UNCHANGED
						: LoadSummary.changed(created(), updated(), 0)).append('\n');
		return out.toString();
	}

}
