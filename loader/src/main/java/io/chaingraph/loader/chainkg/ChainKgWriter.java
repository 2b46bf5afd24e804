package io.chaingraph.loader.chainkg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.chaingraph.loader.CuratedRemovals;
import io.chaingraph.loader.chainkg.ChainKgData.Link;
import io.chaingraph.loader.chainkg.ChainKgReport.Written;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.order.NameOrder;
import org.neo4j.driver.TransactionContext;

/**
 * Writes {@link ChainKgData} with the {@code load/chainkg/*} queries in batches of {@value #BATCH} rows, nodes before
 * the relationships between them, inside the caller's transaction.
 */
final class ChainKgWriter {

	static final int BATCH = 10_000;

	private final CypherCatalog cypher = CypherCatalog.standard();

	/**
	 * Writes everything but what curation removed through the API ({@code kept}: the firm, its industry and product
	 * links, a product link), counted as skipped; returns the counts per label and type, in writing order.
	 */
	Map<String, Written> write(TransactionContext tx, ChainKgData data, CuratedRemovals kept) {
		var written = new LinkedHashMap<String, Written>();
		written.put("Industry", write(tx, "industries", data.industries.values(), i -> row("code", i.code(), "name",
				i.name(), "level", i.level(), "source", i.source())));
		written.put("SUB_INDUSTRY_OF", links(tx, "industry-links", data.industryLinks));
		written.put("Enterprise", write(tx, "enterprises", keep(data.enterprises.values(),
				e -> !kept.removedNode("Enterprise", e.id())),
				e -> row("id", e.id(), "name", e.name(), "nameKey", NameOrder.key(e.name()), "fullName", e.fullName(),
						"aliases", e.aliases(), "stockCode", e.stockCode(), "exchange", e.exchange(), "listedOn",
						e.listedOn(), "source", e.source())));
		written.put("IN_INDUSTRY", links(tx, "enterprise-industries", data.enterpriseIndustries,
				l -> !kept.removedNode("Enterprise", l.from())));
		written.put("Product", write(tx, "products", data.products.entrySet(),
				p -> row("name", p.getKey(), "source", p.getValue())));
		written.put("MAKES", write(tx, "makes", keep(data.makes.entrySet(), m -> !kept.removedNode("Enterprise",
				m.getKey().from()) && !kept.removedLink("MAKES", m.getKey().from(), m.getKey().to())),
				m -> row("from", m.getKey().from(), "to", m.getKey().to(), "weight", m.getValue().weight(), "source",
						m.getValue().source())));
		written.put("SUPPLIES", links(tx, "supplies", data.supplies));
		written.put("SUB_PRODUCT_OF", links(tx, "sub-products", data.subProducts));
		return written;
	}

	/** What a dry run reports: the distinct elements, nothing written. */
	static Map<String, Written> distinct(ChainKgData data) {
		var counts = new LinkedHashMap<String, Written>();
		counts.put("Industry", new Written(data.industries.size(), 0, 0, 0, 0));
		counts.put("SUB_INDUSTRY_OF", new Written(data.industryLinks.size(), 0, 0, 0, 0));
		counts.put("Enterprise", new Written(data.enterprises.size(), 0, 0, 0, 0));
		counts.put("IN_INDUSTRY", new Written(data.enterpriseIndustries.size(), 0, 0, 0, 0));
		counts.put("Product", new Written(data.products.size(), 0, 0, 0, 0));
		counts.put("MAKES", new Written(data.makes.size(), 0, 0, 0, 0));
		counts.put("SUPPLIES", new Written(data.supplies.size(), 0, 0, 0, 0));
		counts.put("SUB_PRODUCT_OF", new Written(data.subProducts.size(), 0, 0, 0, 0));
		return counts;
	}

	/**
	 * What the import lists that curation may have removed: each firm and product link, named by the file and line
	 * that first states it.
	 */
	static Stream<CuratedRemovals.Listed> listed(ChainKgData data) {
		return Stream.concat(
				data.enterprises.values().stream().map(e -> new CuratedRemovals.Listed("Enterprise", e.id(), null,
						where(e.source()))),
				data.makes.entrySet().stream().map(m -> new CuratedRemovals.Listed("MAKES", m.getKey().from(),
						m.getKey().to(), where(m.getValue().source()))));
	}

	/** {@code company.json:12} of {@code chainkg:company.json:12}. */
	private static String where(String source) {
		return source.substring(source.indexOf(':') + 1);
	}

	/** Links curation cannot remove (between industries, between products): all of them, no filtering copy. */
	private Written links(TransactionContext tx, String query, Map<Link, String> links) {
		return write(tx, query, links.entrySet(), ChainKgWriter::linkRow);
	}

	private Written links(TransactionContext tx, String query, Map<Link, String> links, Predicate<Link> keep) {
		return write(tx, query, keep(links.entrySet(), l -> keep.test(l.getKey())), ChainKgWriter::linkRow);
	}

	private static Map<String, Object> linkRow(Map.Entry<Link, String> link) {
		return row("from", link.getKey().from(), "to", link.getKey().to(), "source", link.getValue());
	}

	/** The items to write, and how many of all were left out. */
	private record Kept<T>(Collection<T> items, long skipped) {
	}

	private static <T> Kept<T> keep(Collection<T> all, Predicate<T> keep) {
		var items = all.stream().filter(keep).toList();
		return new Kept<>(items.size() == all.size() ? all : items, all.size() - items.size());
	}

	private <T> Written write(TransactionContext tx, String query, Kept<T> kept, Function<T, Map<String, Object>> toRow) {
		var written = write(tx, query, kept.items(), toRow);
		return new Written(written.distinct() + kept.skipped(), written.created(), written.updated(),
				written.unchanged(), kept.skipped());
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
		return new Written(items.size(), created, updated, items.size() - created - updated, 0);
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
