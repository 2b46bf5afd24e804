package io.chaingraph.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.order.NameOrder;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings firms' {@code nameKey} ({@link NameOrder}) up to date on a store loaded before, so that lists by name are in
 * 拼音 order there too; loads write the key from then on. V0009 gives a key to every firm without one; V0011 rewrites
 * every key that is not what {@link NameOrder} now computes (the JDK's collation's keys, before ICU's), and runs again
 * whenever {@link NameOrder#revision()} changes (a new ICU, a new line in readings.tsv). Pages through
 * the firms by key, 10,000 at a time, one transaction for each page with keys to write; then, when it wrote any,
 * recomputes the stored firm counts chain by chain (their {@code firstFirms}, the first page of a gap's firms, are in
 * name order too). Safe to run again: a firm whose key is right is not written.
 */
final class NameKeysMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(NameKeysMigration.class);

	private static final int PAGE = 10_000;

	/** How many firms between two lines in the log: a store of millions takes minutes, and says how far it is. */
	private static final int REPORTED = 200_000;

	private final int version;

	private final String description;

	/** Whether only firms without a key get one (V0009), or every key that differs is rewritten (V0011). */
	private final boolean missingOnly;

	private NameKeysMigration(int version, String description, boolean missingOnly) {
		this.version = version;
		this.description = description;
		this.missingOnly = missingOnly;
	}

	/** V0009: a key for every firm stored without one. */
	static NameKeysMigration missing() {
		return new NameKeysMigration(9, "Enterprise name order keys", true);
	}

	/** V0011: the keys of ICU's collation and the readings of names for every firm (the JDK's collation's before). */
	static NameKeysMigration rekeyed() {
		return new NameKeysMigration(11, "Enterprise name order keys by ICU's 拼音 collation", false);
	}

	@Override
	public int version() {
		return this.version;
	}

	@Override
	public String description() {
		return this.description;
	}

	/** V0011 runs again when the name order changes (a new ICU, a new reading); V0009 fills gaps only. */
	@Override
	public String revision() {
		return this.missingOnly ? "" : NameOrder.revision();
	}

	@Override
	public void apply(Session session, CypherCatalog catalog) {
		if (this.missingOnly
				&& !session.run(catalog.query("order/name-keys-missing")).single().get("missing").asBoolean()) {
			return; // one query for a store whose firms all have a key
		}
		long read = 0;
		long written = 0;
		var after = "";
		while (true) {
			var keys = new ArrayList<Map<String, Object>>();
			String last = null;
			var page = session.run(catalog.query("order/name-keys-page"), Values.parameters("after", after, "limit", PAGE))
				.list();
			for (var row : page) {
				last = row.get("key").asString();
				if (row.get("name").isNull() || this.missingOnly && !row.get("nameKey").isNull()) {
					continue;
				}
				var key = NameOrder.key(row.get("name").asString());
				if (!key.equals(row.get("nameKey").asString(null))) {
					keys.add(Map.of("key", last, "nameKey", key));
				}
			}
			if (!keys.isEmpty()) {
				session.executeWriteWithoutResult(tx -> tx.run(catalog.query("order/set-name-keys"),
						Values.parameters("rows", keys)).consume());
				written += keys.size();
			}
			read += page.size();
			if (!page.isEmpty() && read % REPORTED < PAGE && read >= REPORTED) {
				log.info("V{}: {} firms read, {} name order keys written (已读取 {} 家企业)", this.version, read, written, read);
			}
			if (page.size() < PAGE) {
				break;
			}
			after = last;
		}
		if (written > 0) {
			var chains = session.run(catalog.query("firmcount/chains")).list(r -> r.get("id").asString());
			log.info("V{}: {} name order keys written of {} firms; recomputing the stored firm counts of {} chains"
					+ " (重算 {} 条产业链的企业数)", this.version, written, read, chains.size(), chains.size());
			var refresh = catalog.query("firmcount/refresh");
			for (var chain : chains) {
				session.executeWriteWithoutResult(tx -> tx.run(refresh, Values.parameters("chains", List.of(chain))).consume());
			}
		}
	}

}
