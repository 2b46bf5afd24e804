package io.chaingraph.loader;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a load did, per type: created, updated, unchanged, skipped; and how long it took. */
public final class LoadSummary {

	/** Counts for one type of graph element. */
	public record Counts(long created, long updated, long unchanged, long skipped) {

		long total() {
			return this.created + this.updated + this.unchanged + this.skipped;
		}

		/** The counts of two batches of one type added up. */
		public Counts plus(Counts other) {
			return new Counts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged, this.skipped + other.skipped);
		}

	}

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

	public void finish(Duration elapsed, boolean dryRun) {
		this.elapsed = elapsed;
		this.dryRun = dryRun;
	}

	/** A small table a person reads at the end of a load. */
	public String render() {
		var out = new StringBuilder();
		if (this.dryRun) {
			out.append("Dry run: validated, nothing written (仅校验，未写入)\n");
			out.append(String.format("  %-16s %10s%n", "type 类型", "rows 行数"));
			this.validated.forEach((type, rows) -> out.append(String.format("  %-16s %10d%n", type, rows)));
			out.append(String.format("  %d rows validated in %.1f s%n", this.validated.values().stream().mapToLong(Long::longValue).sum(),
					this.elapsed.toMillis() / 1000.0));
			this.removals.render(out, this.dryRun, this.removalsRestored);
			return out.toString();
		}
		out.append("Loaded (导入完成)\n");
		out.append(String.format("  %-16s %10s %10s %10s %10s %9s%n", "type 类型", "created 新增", "updated 更新",
				"unchanged 未变", "skipped 跳过", "ms 耗时"));
		long rows = 0;
		for (var entry : this.counts.entrySet()) {
			var c = entry.getValue();
			rows += c.total();
			out.append(String.format("  %-16s %10d %10d %10d %10d %9d%n", entry.getKey(), c.created(), c.updated(),
					c.unchanged(), c.skipped(), this.nanos.getOrDefault(entry.getKey(), 0L) / 1_000_000));
		}
		double seconds = Math.max(this.elapsed.toMillis(), 1) / 1000.0;
		out.append(String.format("  %d rows in %.1f s (%.0f rows/s)%n", rows, seconds, rows / seconds));
		this.removals.render(out, this.dryRun, this.removalsRestored);
		return out.toString();
	}

}
