package io.chaingraph.loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

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
		var created = new HashSet<String>();
		var changed = new HashSet<String>();
		for (int from = 0; from < regions.size(); from += BATCH) {
			var batch = regions.subList(from, Math.min(regions.size(), from + BATCH));
			var nodes = new ArrayList<Map<String, Object>>(batch.size());
			var links = new ArrayList<Map<String, Object>>(batch.size());
			for (var region : batch) {
				nodes.add(Map.of("code", region.code(), "name", region.name(), "fullName", region.fullName(), "level",
						region.level().name(), "source", region.source()));
				var link = new HashMap<String, Object>();
				link.put("code", region.code());
				link.put("parentCode", region.parentCode());
				links.add(link);
			}
			var result = tx.run(this.cypher.query("load/regions"), Map.of("rows", nodes)).single();
			created.addAll(result.get("created").asList(Value::asString));
			changed.addAll(result.get("changed").asList(Value::asString));
			// Parents come before children in the list, so every parent exists by the time its children link.
			var linked = tx.run(this.cypher.query("load/region-links"), Map.of("rows", links)).single();
			changed.addAll(linked.get("changed").asList(Value::asString));
		}
		changed.removeAll(created);
		return new LoadSummary.Counts(created.size(), changed.size(), regions.size() - created.size() - changed.size(),
				0);
	}

}
