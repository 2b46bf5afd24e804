package io.chaingraph.loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a load did, per type: created, updated, unchanged, skipped, deleted; and how long it took. */
public final class LoadSummary {

	/**
	 * Counts for one type of graph element.
	 *
	 * @param deleted what --prune deleted: this data set no longer lists it, and nothing else does (a relationship
	 * also when it went with a deleted node)
	 */
	public record Counts(long created, long updated, long unchanged, long skipped, long deleted) {

		/** Counts of a load that deleted nothing of this type. */
		public Counts(long created, long updated, long unchanged, long skipped) {
			this(created, updated, unchanged, skipped, 0);
		}

		/** The rows of the input counted here: what was deleted is in no row. */
		long total() {
			return this.created + this.updated + this.unchanged + this.skipped;
		}

		/** The counts of two batches of one type added up. */
		public Counts plus(Counts other) {
			return new Counts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged, this.skipped + other.skipped, this.deleted + other.deleted);
		}

	}

	/**
	 * What --prune deleted of one type, or in a dry run would delete.
	 *
	 * @param count how many
	 * @param sample the first few, by key ({@code name (key)}, {@code from → to})
	 * @param withNodes how many of them (links) went only because a deleted node took them along: another data set,
	 * the curation API or the ChainKnowledgeGraph import listed them
	 */
	public record Deleted(long count, List<String> sample, long withNodes) {

		public Deleted plus(Deleted other) {
			var both = new ArrayList<>(this.sample);
			both.addAll(other.sample);
			return new Deleted(this.count + other.count, List.copyOf(both.subList(0, Math.min(both.size(), SAMPLE))),
					this.withNodes + other.withNodes);
		}

	}

	/** How many of what --prune deletes are named, per type. */
	static final int SAMPLE = 5;

	private final Map<String, Counts> counts = new LinkedHashMap<>();

	private final Map<String, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();

	private Duration elapsed = Duration.ZERO;

	private boolean dryRun;

	public void add(String type, Counts more) {
		this.counts.merge(type, more, Counts::plus);
	}

	private final Map<String, Long> validated = new LinkedHashMap<>();

	/** Records the rows of one type a dry run validated. */
	public void validated(String type, long rows) {
		this.validated.merge(type, rows, Long::sum);
	}

	/** The rows a dry run validated, per type. */
	public Map<String, Long> validated() {
		return Map.copyOf(this.validated);
	}

	/** Records how long writing one type took (replaces an earlier figure: a retried transaction starts over). */
	public void time(String type, long nanos) {
		this.nanos.put(type, nanos);
	}

	private CuratedRemovals removals = CuratedRemovals.none();

	private boolean removalsRestored;

	/** Records the rows that list what curation removed through the API, and whether they were written anyway. */
	void removals(CuratedRemovals removals, boolean restored) {
		this.removals = removals;
		this.removalsRestored = restored;
	}

	/** The removals of curation this data set lists again, as {@code file: thing}. */
	public List<String> removals() {
		return this.removals.listed();
	}

	public Map<String, Counts> counts() {
		return Map.copyOf(this.counts);
	}

	private Map<String, Deleted> deleted;

	private long kept;

	private Map<String, List<String>> staying = Map.of();

	/**
	 * Records what --prune deleted (a dry run: would delete), per type, and how many it let go of that stay because
	 * another data set, the curation API or the ChainKnowledgeGraph import lists them too, with the first few nodes of
	 * each label and who keeps them (a firm the office dropped stays because an analyst once tagged it: it is told).
	 */
	void pruned(Map<String, Deleted> deleted, Map<String, Long> kept, Map<String, List<String>> staying) {
		this.deleted = new LinkedHashMap<>(deleted);
		this.kept = kept.values().stream().mapToLong(Long::longValue).sum();
		this.staying = new LinkedHashMap<>(staying);
	}

	/** With --prune: the first few nodes of each label it let go of that stay, as {@code name (key) by <who keeps it>}. */
	public Map<String, List<String>> staying() {
		return Map.copyOf(this.staying);
	}

	/** What --prune deleted, or in a dry run would delete, per type; empty without --prune. */
	public Map<String, Deleted> deleted() {
		return this.deleted == null ? Map.of() : Map.copyOf(this.deleted);
	}

	private SharedFirms shared = new SharedFirms();

	/** Records the firms other sources list too, and warns of the values this data set replaced in them. */
	void shared(SharedFirms shared, boolean dryRun) {
		this.shared = shared;
		var warning = shared.warning(dryRun);
		if (warning != null) {
			warn(warning);
		}
	}

	/** The firms of this data set another data set, the curation API or the ChainKnowledgeGraph import lists too. */
	public SharedFirms shared() {
		return this.shared;
	}

	private final List<String> warnings = new ArrayList<>();

	/** A warning the person who loads must read (printed first). */
	void warn(String warning) {
		this.warnings.add(warning);
	}

	/** The warnings of this load. */
	public List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	public void finish(Duration elapsed, boolean dryRun) {
		this.elapsed = elapsed;
		this.dryRun = dryRun;
	}

	/** A small table a person reads at the end of a load. */
	public String render() {
		var out = new StringBuilder();
		this.warnings.forEach(w -> out.append(w).append('\n'));
		if (this.dryRun) {
			out.append("Dry run: validated, nothing written (仅校验，未写入)\n");
			out.append(String.format("  %-16s %10s%n", "type 类型", "rows 行数"));
			this.validated.forEach((type, rows) -> out.append(String.format("  %-16s %10d%n", type, rows)));
			out.append(String.format("  %d rows validated in %.1f s%n", this.validated.values().stream().mapToLong(Long::longValue).sum(),
					this.elapsed.toMillis() / 1000.0));
			this.shared.render(out, true);
			renderDeleted(out);
			this.removals.render(out, this.dryRun, this.removalsRestored);
			return out.toString();
		}
		out.append("Loaded (导入完成)\n");
		out.append(String.format("  %-16s %10s %10s %10s %10s %10s %9s%n", "type 类型", "created 新增", "updated 更新",
				"unchanged 未变", "skipped 跳过", "deleted 删除", "ms 耗时"));
		long rows = 0;
		for (var entry : this.counts.entrySet()) {
			var c = entry.getValue();
			rows += c.total();
			out.append(String.format("  %-16s %10d %10d %10d %10d %10d %9d%n", entry.getKey(), c.created(), c.updated(),
					c.unchanged(), c.skipped(), c.deleted(), this.nanos.getOrDefault(entry.getKey(), 0L) / 1_000_000));
		}
		double seconds = Math.max(this.elapsed.toMillis(), 1) / 1000.0;
		// A rate of a small load is the start's and the schema's time, not the rows': "18 rows in 12.9 s (1 rows/s)".
		out.append(rows < 1_000 ? String.format("  %d rows in %.1f s%n", rows, seconds)
				: String.format("  %,d rows in %.1f s (%,.0f rows/s)%n", rows, seconds, rows / seconds));
		this.shared.render(out, false);
		renderDeleted(out);
		this.removals.render(out, this.dryRun, this.removalsRestored);
		return out.toString();
	}

	/** With --prune: what it deleted (a dry run: would delete), per type with the first few, and what it kept. */
	private void renderDeleted(StringBuilder out) {
		if (this.deleted == null) {
			return;
		}
		long total = this.deleted.values().stream().mapToLong(Deleted::count).sum();
		if (total == 0) {
			out.append(this.dryRun ? "--prune would delete nothing (--prune 不会删除任何数据)\n"
					: "--prune deleted nothing (--prune 未删除任何数据)\n");
		}
		else {
			out.append(this.dryRun
					? "--prune would delete " + total + " things this data set no longer lists (--prune 将删除本数据集不再列出的数据):\n"
					: "--prune deleted " + total + " things this data set no longer lists (--prune 已删除本数据集不再列出的数据):\n");
			// In the order of the table above (nodes, then relationships), not the order they were pruned in.
			var order = new ArrayList<>(this.dryRun ? this.validated.keySet() : this.counts.keySet());
			var types = new ArrayList<>(this.deleted.keySet());
			types.sort(Comparator.comparingInt(t -> order.contains(t) ? order.indexOf(t) : order.size()));
			types.forEach(type -> {
				var d = this.deleted.get(type);
				var listed = String.join(", ", d.sample()) + (d.count() > d.sample().size() + d.withNodes() ? ", …" : "");
				var along = d.withNodes() == 0 ? ""
						: (listed.isEmpty() ? "" : "; ") + d.withNodes() + " with the nodes above, listed by another data"
								+ " set or the curation API (随上述节点一并删除)";
				out.append(String.format("  %-16s %10d  %s%s%n", type, d.count(), listed, along));
			});
		}
		if (this.kept > 0) {
			out.append("  " + this.kept + " more this data set no longer lists " + (this.dryRun ? "would stay" : "stayed")
					+ ": another data set, the curation API or the ChainKnowledgeGraph import lists them too"
					+ " (其他来源仍列出，保留)\n");
			this.staying.forEach((type, nodes) -> out.append(String.format("    %-16s %s%n", type, String.join(", ", nodes))));
		}
	}

}
