package io.chaingraph.model.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.order.NameOrder;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/**
 * V0009: gives every firm stored before it its {@code nameKey} ({@link NameOrder}), so that lists by name are in 拼音
 * order on an old store too; loads write the key from then on. Pages through the firms by key, 10,000 at a time, one
 * transaction each, then recomputes the stored firm counts chain by chain (their {@code firstFirms}, the first page of
 * a gap's firms, are in name order too). A store whose firms all have a key (a new one) costs one query.
 */
final class NameKeysMigration implements JavaMigration {

	private static final int PAGE = 10_000;

	@Override
	public int version() {
		return 9;
	}

	@Override
	public String description() {
		return "Enterprise name order keys";
	}

	@Override
	public void apply(Session session, CypherCatalog catalog) {
		if (!session.run(catalog.query("order/name-keys-missing")).single().get("missing").asBoolean()) {
			return;
		}
		var after = "";
		while (true) {
			var keys = new ArrayList<Map<String, Object>>();
			String last = null;
			var page = session.run(catalog.query("order/name-keys-page"), Values.parameters("after", after, "limit", PAGE))
				.list();
			for (var row : page) {
				last = row.get("key").asString();
				if (row.get("missing").asBoolean()) {
					var key = new HashMap<String, Object>();
					key.put("key", last);
					key.put("nameKey", NameOrder.key(row.get("name").asString()));
					keys.add(key);
				}
			}
			if (!keys.isEmpty()) {
				session.executeWriteWithoutResult(tx -> tx.run(catalog.query("order/set-name-keys"),
						Values.parameters("rows", keys)).consume());
			}
			if (page.size() < PAGE) {
				break;
			}
			after = last;
		}
		var refresh = catalog.query("firmcount/refresh");
		for (var chain : session.run(catalog.query("firmcount/chains")).list(r -> r.get("id").asString())) {
			session.executeWriteWithoutResult(tx -> tx.run(refresh, Values.parameters("chains", List.of(chain))).consume());
		}
	}

}
