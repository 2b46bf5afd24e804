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
	void pruned(Map<String, Deleted> deleted, Map<String, Long> kept, Map<String, List<String>> staying, long audited) {
		this.deleted = new LinkedHashMap<>(deleted);
		this.kept = kept.values().stream().mapToLong(Long::longValue).sum();
		this.staying = new LinkedHashMap<>(staying);
		this.audited = audited;
	}

	/** How many of the firms --prune deleted (would delete) had an audit trail: each got an entry of its deletion. */
	private long audited;

	/**
	 * A firm this data set loaded before and no longer lists, named as one it lists now: most likely the same firm
	 * under a corrected id, in the graph twice until --prune.
	 */
	public record Namesake(String name, String stale, String listed) {
	}

	private final Map<String, Long> notListed = new LinkedHashMap<>();

	private final Map<String, List<String>> notListedSample = new LinkedHashMap<>();

	private long notListedElsewhere;

	private List<Namesake> namesakes = List.of();

	private long namesakeCount;

	/**
	 * Without --prune: records what this data set loaded before and no longer lists, as a --prune would find it (what
	 * it would delete, but the links a deleted node takes along, which others listed, and what it would let go), and
	 * the firms among them named as one it lists now.
	 */
	void notListed(Map<String, Deleted> deleted, Map<String, Long> kept, List<Namesake> namesakes, long namesakeCount) {
		deleted.forEach((type, d) -> {
			if (d.count() > d.withNodes()) {
				this.notListed.merge(type, d.count() - d.withNodes(), Long::sum);
				this.notListedSample.put(type, d.sample());
			}
		});
		kept.forEach((type, n) -> this.notListed.merge(type, n, Long::sum));
		this.notListedElsewhere = kept.values().stream().mapToLong(Long::longValue).sum();
		this.namesakes = List.copyOf(namesakes);
		this.namesakeCount = namesakeCount;
	}

	/**
	 * Without --prune: what this data set loaded before and no longer lists, per type (it stays in the graph); empty
	 * when nothing, on a first load and with --prune (which says what it deleted).
	 */
	public Map<String, Long> notListed() {
		return Map.copyOf(this.notListed);
	}

	/** Of {@link #notListed()}, the firms named as one this data set lists now, the first few by id. */
	public List<Namesake> namesakes() {
		return this.namesakes;
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

	/** Whether the data set's rows are as at its last load (its recorded checksum): what it changes, others had. */
	private boolean asLastLoaded;

	/** Records whether the data set's rows are as at its last load; before the warnings of shared values. */
	void asLastLoaded(boolean same) {
		this.asLastLoaded = same;
	}

	/** Whether this load wrote the built-in regions anew (a release that ships changed ones). */
	private boolean regionsRewritten;

	/** Records that this load wrote the built-in regions anew: a change that is neither this data set's nor another's. */
	void regionsRewritten() {
		this.regionsRewritten = true;
	}

	/** Records the firms other sources list too, and warns of the values this data set replaced in them. */
	void shared(SharedFirms shared, boolean dryRun) {
		this.shared = shared;
		var warning = shared.warning(dryRun, this.asLastLoaded);
		if (warning != null) {
			warn(warning);
		}
		var namesakes = shared.namesakeWarning(dryRun);
		if (namesakes != null) {
			warn(namesakes);
		}
	}

	private SharedRecords records = new SharedRecords();

	/** Records what this data set replaced of chains, segments and other records another data set wrote, as a warning. */
	void records(SharedRecords records, boolean dryRun) {
		this.records = records;
		var warning = records.warning(dryRun, this.asLastLoaded);
		if (warning != null) {
			warn(warning);
		}
	}

	/** What this data set replaced of records (not firms) another data set or the curation API wrote. */
	public SharedRecords records() {
		return this.records;
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

	/** Whether a warning says the load would be refused (a dry run's --prune over --prune-max). */
	private boolean refused;

	/** A warning that the load itself would be refused: a dry run's last line says so. */
	void refuse(String warning) {
		warn(warning);
		this.refused = true;
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
			renderNotListed(out);
			this.shared.render(out, true);
			renderDeleted(out);
			this.removals.render(out, this.dryRun, this.removalsRestored);
			out.append(checked()).append('\n');
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
		renderNotListed(out);
		this.shared.render(out, false);
		renderDeleted(out);
		this.removals.render(out, this.dryRun, this.removalsRestored);
		out.append(verdict()).append('\n');
		return out.toString();
	}

	/**
	 * The last line of a load, the one a cron mail's reader and a script (grep) look at: whether the graph changed.
	 * Both end with exit code 0; the table above had looked the same either way.
	 */
	public String verdict() {
		long created = 0;
		long updated = 0;
		long deleted = 0;
		for (var c : this.counts.values()) {
			created += c.created();
			updated += c.updated();
			deleted += c.deleted();
		}
		if (created + updated + deleted == 0) {
			return UNCHANGED;
		}
		// A weekly reader takes "Changed" for news from this data set's office: here it is another's edits undone.
		if (!this.asLastLoaded) {
			return changed(created, updated, deleted);
		}
		// After an upgrade the release's regions are written too: blamed on another data set, they had read as news.
		return changed(created, updated, deleted) + "; this data set's files are as at its last load: what changed is "
				+ (this.regionsRewritten ? "this release's built-in regions (内置行政区划), or " : "")
				+ "what another data set or the curation API had written or removed since"
				+ (this.warnings.isEmpty() ? "" : ", see the warning above") + " (本数据集文件未变，变化来自"
				+ (this.regionsRewritten ? "新版本的内置行政区划或" : "") + "此后其他来源的写入)";
	}

	/**
	 * The last line of a dry run, as {@link #verdict()} is a load's: the input is valid and nothing was written, and
	 * whether a warning printed first says the load would be refused (a prune over --prune-max); the others (values
	 * replaced, a data set renamed) the load goes on with, and they are read above as they are.
	 */
	public String checked() {
		long rows = this.validated.values().stream().mapToLong(Long::longValue).sum();
		return String.format("Valid: %,d rows checked, nothing written (校验通过，未写入)", rows)
				+ (!this.refused ? "" : "; the load would not go as it is: read the warning above (正式导入前请阅读上方警告)");
	}

	/** The last line of a load that changed nothing. */
	public static final String UNCHANGED = "Unchanged: the graph already held every row of this data set (无变化)";

	/** The last line of a load that changed the graph. */
	public static String changed(long created, long updated, long deleted) {
		return String.format("Changed: %,d created, %,d updated, %,d deleted (已更新)", created, updated, deleted);
	}

	/**
	 * Without --prune: what this data set loaded before and no longer lists stays, its firms in every count and gap
	 * table (a firm whose id was corrected is there twice): said, per type with the first few, and how to remove it.
	 */
	private void renderNotListed(StringBuilder out) {
		long total = this.notListed.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return;
		}
		out.append(total + (total == 1 ? " thing" : " things") + " this data set loaded before "
				+ (total == 1 ? "is" : "are") + " not in it any more; " + (total == 1 ? "it stays" : "they stay")
				+ " in the graph, its firms in every count and gap table, until a load with --prune removes "
				+ (total == 1 ? "it" : "them") + " (本数据集此前导入、现已不再列出的 " + total + " 项数据仍在图中，可用 --prune 清理):\n");
		for (var type : ordered(this.notListed.keySet())) {
			long count = this.notListed.get(type);
			var sample = this.notListedSample.getOrDefault(type, List.of());
			out.append(String.format("  %-16s %10d  %s%n", type, count,
					String.join(", ", sample) + (count > sample.size() && !sample.isEmpty() ? ", …" : "")));
		}
		if (this.notListedElsewhere > 0) {
			out.append("  " + this.notListedElsewhere + " of them another data set, the curation API or the ChainKnowledgeGraph"
					+ " import lists too: --prune leaves those, without this data set (其他来源仍列出的，清理时保留)\n");
		}
		for (var same : this.namesakes) {
			out.append("  " + same.name() + " is in the graph as " + same.stale() + ", which this data set no longer lists,"
					+ " and as " + same.listed() + ", which it lists: if " + same.listed() + " is " + same.stale()
					+ "'s corrected id, --prune removes " + same.stale() + " (同名企业，编号可能已更正)\n");
		}
		if (this.namesakeCount > this.namesakes.size()) {
			out.append("  and " + (this.namesakeCount - this.namesakes.size()) + " more firms so (另有同名企业 "
					+ (this.namesakeCount - this.namesakes.size()) + " 家)\n");
		}
		out.append("  --dry-run --prune lists what --prune would delete, links too; --prune deletes it (先用 --dry-run --prune 预览)\n");
	}

	/** These types in the order of the table above (nodes, then relationships). */
	private List<String> ordered(java.util.Collection<String> types) {
		var order = new ArrayList<>(this.dryRun ? this.validated.keySet() : this.counts.keySet());
		var sorted = new ArrayList<>(types);
		sorted.sort(Comparator.comparingInt(t -> order.contains(t) ? order.indexOf(t) : order.size()));
		return sorted;
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
			var things = total == 1 ? " thing" : " things";
			out.append(this.dryRun
					? "--prune would delete " + total + things + " this data set no longer lists (--prune 将删除本数据集不再列出的数据):\n"
					: "--prune deleted " + total + things + " this data set no longer lists (--prune 已删除本数据集不再列出的数据):\n");
			// In the order of the table above (nodes, then relationships), not the order they were pruned in.
			ordered(this.deleted.keySet()).forEach(type -> {
				var d = this.deleted.get(type);
				var listed = String.join(", ", d.sample()) + (d.count() > d.sample().size() + d.withNodes() ? ", …" : "");
				var along = d.withNodes() == 0 ? ""
						: (listed.isEmpty() ? "" : "; ") + d.withNodes() + " with the nodes above, listed by another data"
								+ " set or the curation API (随上述记录一并删除)";
				out.append(String.format("  %-16s %10d  %s%s%n", type, d.count(), listed, along));
			});
		}
		if (this.audited > 0) {
			out.append("  " + this.audited + (this.audited == 1 ? " firm" : " firms") + " the curation API had changed: the"
					+ " audit trail " + (this.dryRun ? "would record " : "records ") + (this.audited == 1 ? "its" : "their")
					+ " deletion (mutation load; 审计记录" + (this.dryRun ? "将" : "已") + "记下该删除)\n");
		}
		if (this.kept > 0) {
			out.append("  " + this.kept + " more this data set no longer lists " + (this.dryRun ? "would stay" : "stayed")
					+ ": another data set, the curation API or the ChainKnowledgeGraph import lists them too"
					+ " (其他来源仍列出，保留)\n");
			this.staying.forEach((type, nodes) -> out.append(String.format("    %-16s %s%n", type, String.join(", ", nodes))));
		}
	}

}
