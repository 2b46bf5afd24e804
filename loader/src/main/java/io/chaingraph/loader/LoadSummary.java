package io.chaingraph.loader;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a load did, per type: created, updated, unchanged, skipped; and how long it took. */
public final class LoadSummary {

	/** Counts for one type of graph element. */
	public record Counts(long created, long updated, long unchanged, long skipped) {

		long total() {
			return this.created + this.updated + this.unchanged + this.skipped;
		}

	}

	private final Map<String, Counts> counts = new LinkedHashMap<>();

	private Duration elapsed = Duration.ZERO;

	private boolean dryRun;

	public void add(String type, Counts more) {
		this.counts.merge(type, more, (a, b) -> new Counts(a.created() + b.created(), a.updated() + b.updated(),
				a.unchanged() + b.unchanged(), a.skipped() + b.skipped()));
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
		out.append(this.dryRun ? "Dry run: validated, nothing written (仅校验，未写入)\n" : "Loaded (导入完成)\n");
		out.append(String.format("  %-14s %10s %10s %10s %10s%n", "type 类型", "created 新增", "updated 更新",
				"unchanged 未变", "skipped 跳过"));
		long rows = 0;
		for (var entry : this.counts.entrySet()) {
			var c = entry.getValue();
			rows += c.total();
			out.append(String.format("  %-16s %10d %10d %10d %10d%n", entry.getKey(), c.created(), c.updated(),
					c.unchanged(), c.skipped()));
		}
		double seconds = Math.max(this.elapsed.toMillis(), 1) / 1000.0;
		out.append(String.format("  %d rows in %.1f s (%.0f rows/s)%n", rows, seconds, rows / seconds));
		return out.toString();
	}

}
