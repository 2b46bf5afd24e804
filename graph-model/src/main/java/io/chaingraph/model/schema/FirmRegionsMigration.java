package io.chaingraph.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * V0013: gives back their region to the firms an older {@code --prune} left without one (a firm the data set dropped
 * that the curation API or another data set still listed kept its node but lost its {@code LOCATED_IN}, and with it
 * every region's list and gap table), from the firm's last audit snapshot that names its region, and recomputes the
 * stored firm counts of their chains. A firm whose region nothing in the graph records is named in the log, to be
 * given one by hand. Safe to run again: it reads only firms without a region.
 */
final class FirmRegionsMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(FirmRegionsMigration.class);

	@Override
	public int version() {
		return 13;
	}

	@Override
	public String description() {
		return "Regions of firms an older --prune left without one";
	}

	@Override
	public void apply(Session session, CypherCatalog catalog) {
		var rows = session.executeWrite(tx -> tx.run(catalog.query("enterprise/regions-given-back")).list());
		var chains = new TreeSet<String>();
		var without = new ArrayList<String>();
		for (var row : rows) {
			var firm = row.get("name").asString("") + " (" + row.get("key").asString() + ")";
			if (row.get("region").isNull()) {
				without.add(firm);
				continue;
			}
			log.info("V13: {} is in {} again, as its audit trail records (企业所在地区已恢复)", firm,
					row.get("region").asString());
			chains.addAll(row.get("chains").asList(v -> v.asString()));
		}
		if (!without.isEmpty()) {
			// the first twenty by name: a store of millions might hold many, and the log line stays readable
			log.warn("V13: {} firms have no region and no record of one: give each its region with upsertEnterprise or a"
					+ " load that lists it (以下企业无所在地区，请补录): {}{}", without.size(),
					String.join(", ", without.subList(0, Math.min(20, without.size()))), without.size() > 20 ? " …" : "");
		}
		var refresh = catalog.query("firmcount/refresh");
		for (var chain : chains) {
			session.executeWriteWithoutResult(tx -> tx.run(refresh, Values.parameters("chains", List.of(chain))).consume());
		}
	}

}
