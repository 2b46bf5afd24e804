package io.chaingraph.loader.chainkg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.loader.chainkg.ChainKgData.Link;
import io.chaingraph.loader.chainkg.ChainKgReport.Written;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.TransactionContext;

/**
 * Writes {@link ChainKgData} with the {@code load/chainkg/*} queries in batches of {@value #BATCH} rows, nodes before
 * the relationships between them, inside the caller's transaction.
 */
final class ChainKgWriter {

	static final int BATCH = 10_000;

	private final CypherCatalog cypher = CypherCatalog.standard();

	/** Writes everything; returns the counts per label and type, in writing order. */
	Map<String, Written> write(TransactionContext tx, ChainKgData data) {
		var written = new LinkedHashMap<String, Written>();
		written.put("Industry", write(tx, "industries", data.industries.values(), i -> row("code", i.code(), "name",
				i.name(), "level", i.level(), "source", i.source())));
		written.put("SUB_INDUSTRY_OF", links(tx, "industry-links", data.industryLinks));
		written.put("Enterprise", write(tx, "enterprises", data.enterprises.values(),
				e -> row("id", e.id(), "name", e.name(), "fullName", e.fullName(), "aliases", e.aliases(),
						"stockCode", e.stockCode(), "exchange", e.exchange(), "listedOn", e.listedOn(), "source",
						e.source())));
		written.put("IN_INDUSTRY", links(tx, "enterprise-industries", data.enterpriseIndustries));
		written.put("Product", write(tx, "products", data.products.entrySet(),
				p -> row("name", p.getKey(), "source", p.getValue())));
		written.put("MAKES", write(tx, "makes", data.makes.entrySet(), m -> row("from", m.getKey().from(), "to",
				m.getKey().to(), "weight", m.getValue().weight(), "source", m.getValue().source())));
		written.put("SUPPLIES", links(tx, "supplies", data.supplies));
		written.put("SUB_PRODUCT_OF", links(tx, "sub-products", data.subProducts));
		return written;
	}

	/** What a dry run reports: the distinct elements, nothing written. */
	static Map<String, Written> distinct(ChainKgData data) {
		var counts = new LinkedHashMap<String, Written>();
		counts.put("Industry", new Written(data.industries.size(), 0, 0, 0));
		counts.put("SUB_INDUSTRY_OF", new Written(data.industryLinks.size(), 0, 0, 0));
		counts.put("Enterprise", new Written(data.enterprises.size(), 0, 0, 0));
		counts.put("IN_INDUSTRY", new Written(data.enterpriseIndustries.size(), 0, 0, 0));
		counts.put("Product", new Written(data.products.size(), 0, 0, 0));
		counts.put("MAKES", new Written(data.makes.size(), 0, 0, 0));
		counts.put("SUPPLIES", new Written(data.supplies.size(), 0, 0, 0));
		counts.put("SUB_PRODUCT_OF", new Written(data.subProducts.size(), 0, 0, 0));
		return counts;
	}

	private Written links(TransactionContext tx, String query, Map<Link, String> links) {
		return write(tx, query, links.entrySet(),
				l -> row("from", l.getKey().from(), "to", l.getKey().to(), "source", l.getValue()));
	}

	private <T> Written write(TransactionContext tx, String query, Collection<T> items,
			Function<T, Map<String, Object>> toRow) {
		var text = this.cypher.query("load/chainkg/" + query);
		long created = 0;
		long updated = 0;
		var batch = new ArrayList<Map<String, Object>>(Math.min(BATCH, items.size()));
		var iterator = items.iterator();
		while (iterator.hasNext()) {
			batch.add(toRow.apply(iterator.next()));
			if (batch.size() == BATCH || !iterator.hasNext()) {
				var result = tx.run(text, Map.of("rows", batch)).single();
				// Every endpoint was written before its relationships; a row that matched nothing means a bug, and
				// throwing here rolls the whole import back.
				if (result.get("written").asLong() != batch.size()) {
					throw new IllegalStateException("load/chainkg/" + query + " wrote " + result.get("written").asLong()
							+ " of " + batch.size() + " rows");
				}
				created += result.get("created").asLong();
				updated += result.get("updated").asLong();
				batch = new ArrayList<>(Math.min(BATCH, items.size()));
			}
		}
		return new Written(items.size(), created, updated, items.size() - created - updated);
	}

	// Map.of refuses nulls, and a missing full name or weight is null.
	private static Map<String, Object> row(Object... keysAndValues) {
		var row = new HashMap<String, Object>(keysAndValues.length);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

}
