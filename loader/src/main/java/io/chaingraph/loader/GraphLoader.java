package io.chaingraph.loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes validated inputs into the graph. Everything is read and validated before the first write, and the writes
 * of one load share one transaction, so a load either happens whole or leaves the graph as it was.
 */
public final class GraphLoader {

	private static final int BATCH = 5_000;

	private final Driver driver;

	private final CypherCatalog cypher = CypherCatalog.standard();

	public GraphLoader(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Loads the data set shipped with ChainGraph: today the national region reference.
	 * @param dryRun validate only
	 */
	public LoadSummary loadShipped(boolean dryRun) {
		long started = System.nanoTime();
		var regions = RegionReference.shipped();
		var summary = new LoadSummary();
		if (!dryRun) {
			new SchemaMigrator(this.driver).migrate();
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> summary.add("Region", writeRegions(tx, regions)));
			}
		}
		else {
			summary.add("Region", new LoadSummary.Counts(0, 0, 0, 0));
		}
		summary.finish(Duration.ofNanos(System.nanoTime() - started), dryRun);
		return summary;
	}

	private LoadSummary.Counts writeRegions(TransactionContext tx, List<Region> regions) {
		long created = 0;
		long updated = 0;
		long unchanged = 0;
		var query = this.cypher.query("load/regions");
		for (int from = 0; from < regions.size(); from += BATCH) {
			var rows = new ArrayList<Map<String, Object>>();
			for (var region : regions.subList(from, Math.min(regions.size(), from + BATCH))) {
				var row = new java.util.HashMap<String, Object>();
				row.put("code", region.code());
				row.put("name", region.name());
				row.put("fullName", region.fullName());
				row.put("level", region.level().name());
				row.put("parentCode", region.parentCode());
				row.put("source", region.source());
				rows.add(row);
			}
			var record = tx.run(query, Map.of("rows", rows)).single();
			created += record.get("created").asLong();
			updated += record.get("updated").asLong();
			unchanged += record.get("unchanged").asLong();
		}
		return new LoadSummary.Counts(created, updated, unchanged, 0);
	}

}
