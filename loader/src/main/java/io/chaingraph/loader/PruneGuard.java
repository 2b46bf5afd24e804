package io.chaingraph.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.dataset.GraphRows;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * --prune's guard, asked before the load writes anything: an enterprises.xlsx saved half-way (WPS crashed) or an
 * enterprises.csv a shared drive synced cut short at a line end holds only valid rows, and an unattended weekly
 * {@code --prune} would delete hundreds of firms with their links and curated facts. So a prune that would remove more
 * than {@link #DEFAULT_MAX} of a type this data set loaded before (and more than {@link #FLOOR} of it), or all of a
 * table that is missing or empty now, is refused unless {@code --prune-max} allows it.
 */
final class PruneGuard {

	/** The share of a type --prune may remove without {@code --prune-max}: an office's weekly edits stay under it. */
	static final double DEFAULT_MAX = 0.10;

	/** So many of a type --prune may always remove (a small data set's few deletions are a large share of it). */
	static final long FLOOR = 20;

	/** The file each node label and links-only table comes from, for the refusal to name. */
	private static final Map<String, String> FILES = Map.ofEntries(Map.entry("Region", "regions"),
			Map.entry("Chain", "chains/"), Map.entry("Segment", "chains/"), Map.entry("Enterprise", "enterprises"),
			Map.entry("Product", "enterprise-products"), Map.entry("Designation", "designations"),
			Map.entry("Cluster", "clusters"), Map.entry("PolicyDocument", "policy-documents"),
			Map.entry("PolicyTarget", "policy-targets"), Map.entry("load/enterprise-operates-in", "enterprise-segments"),
			Map.entry("load/enterprise-supplies-to", "supply-relations"),
			Map.entry("load/region-neighbours", "region-neighbours"));

	/**
	 * What --prune would remove of one type: {@code removed} of the {@code before} this data set loaded, the first
	 * few named, and whether its table is missing or empty now ({@code file} as the folder has it, or its name).
	 */
	record Removal(String type, String file, boolean emptied, boolean missing, long before, long removed,
			List<String> sample) {

		boolean refused(double max) {
			return this.emptied ? max < 1 : this.removed > FLOOR && this.removed > max * this.before;
		}

		String line() {
			long percent = Math.round(100.0 * this.removed / this.before);
			var line = new StringBuilder(String.format("  %-15s %d of %d (%d %%)", this.type, this.removed, this.before,
					percent));
			if (this.emptied) {
				line.append(this.missing ? ": " + this.file + " is missing (文件缺失)"
						: ": " + this.file + " lists none now (文件中已无数据)");
			}
			else {
				line.append(" no longer in ").append(this.file).append(" (将移除 ").append(this.removed).append('/')
					.append(this.before).append(')');
			}
			if (!this.sample.isEmpty()) {
				line.append(": ").append(String.join(", ", this.sample)).append(this.removed > this.sample.size() ? ", …" : "");
			}
			return line.toString();
		}

	}

	private final CypherCatalog cypher;

	PruneGuard(CypherCatalog cypher) {
		this.cypher = cypher;
	}

	/** What --prune would remove of each type this data set loaded before, on the graph as it is before the load. */
	List<Removal> measure(SimpleQueryRunner tx, GraphRows rows, String dataset, Path folder) {
		var removals = new ArrayList<Removal>();
		for (var batch : rows.batches()) {
			var spec = batch.prune();
			var parameters = new HashMap<String, Object>();
			parameters.put("dataset", dataset);
			if (spec.node()) {
				parameters.put("label", spec.label());
				parameters.put("keyProperty", spec.key());
				parameters.put("keep", batch.keys());
				parameters.put("sample", LoadSummary.SAMPLE);
				var result = tx.run(this.cypher.query("load/prune-guard-nodes"), parameters).single();
				long removed = result.get("removed").asLong();
				if (removed > 0) {
					var sample = result.get("sample").asList(v -> {
						var key = String.valueOf(v.get("key").asObject());
						var name = v.get("name");
						return name.isNull() || name.asObject().toString().equals(key) ? key : name.asObject() + " (" + key + ")";
					});
					var file = file(folder, FILES.get(batch.type()));
					removals.add(new Removal(batch.type(), file, batch.rows().isEmpty(), missing(folder, file),
							result.get("before").asLong(), removed, sample));
				}
			}
			else if (batch.rows().isEmpty() && FILES.containsKey(batch.query())) {
				// Only a links table missing or empty now: each type's links are a scan of them all (5-7 s at 1,000,000
				// firms), and its nodes' tables already tell a file cut short.
				parameters.put("type", batch.type());
				parameters.put("fromLabel", spec.label());
				parameters.put("toLabel", spec.endLabel());
				long before = tx.run(this.cypher.query("load/prune-guard-links"), parameters).single().get("before").asLong();
				if (before > 0) {
					var file = file(folder, FILES.get(batch.query()));
					removals.add(new Removal(batch.type(), file, true, missing(folder, file), before, before, List.of()));
				}
			}
		}
		return removals;
	}

	/** The table as the folder has it (CSV or workbook), else its CSV name; chains are a folder of YAML files. */
	private static String file(Path folder, String table) {
		if (table.endsWith("/")) {
			return table + "*.yaml";
		}
		for (var extension : new String[] { ".csv", ".xlsx" }) {
			var path = folder.resolve(table + extension);
			if (Files.exists(path)) {
				return path.getFileName().toString();
			}
		}
		return table + ".csv";
	}

	private static boolean missing(Path folder, String file) {
		return !file.contains("*") && !Files.exists(folder.resolve(file));
	}

	/**
	 * What the refusal says, or null when --prune may go on: how many of how many of each type refused, the first few
	 * named, and how to confirm. {@code dryRun}: the same figures, said as what the load would do.
	 */
	static String refusal(List<Removal> removals, double max, boolean dryRun) {
		var refused = removals.stream().filter(r -> r.refused(max)).toList();
		if (refused.isEmpty()) {
			return null;
		}
		var text = new StringBuilder(dryRun
				? "WARNING (警告): the load with --prune would be refused, nothing of it written (正式导入时清理将被拒绝，不会写入任何数据):"
				: "--prune refused, nothing was written (清理被拒绝，未写入任何数据):");
		text.append(" it would remove from the graph more of what this data set loaded before than --prune-max allows (")
			.append(percent(max))
			.append(" of a type, when more than ")
			.append(FLOOR)
			.append("; all of a file missing or empty now) (删除比例超出上限):\n");
		refused.forEach(r -> text.append(r.line()).append('\n'));
		text.append("A file saved half-way, or cut short by a sync, looks like this: check the files first (文件可能未保存完整"
				+ "或同步中断，请先核对). If the removal is meant, load again with --prune --prune-max 100% (确认删除时加 "
				+ "--prune-max 100%); --dry-run --prune lists what it would delete.");
		return text.toString();
	}

	static String percent(double share) {
		return Math.round(share * 1000) / 10.0 % 1 == 0 ? Math.round(share * 100) + "%" : Math.round(share * 1000) / 10.0 + "%";
	}

	/** {@code --prune-max}: a share as {@code 30%}, {@code 100%} or {@code 0.3}; null when it is not one. */
	static Double parseMax(String value) {
		try {
			var share = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100
					: Double.parseDouble(value);
			return share >= 0 && share <= 1 ? share : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
