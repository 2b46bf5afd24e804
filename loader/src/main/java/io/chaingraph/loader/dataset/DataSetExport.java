package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.chaingraph.loader.source.CsvWriter;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes what the graph holds of the data sets and the curation API as one data set folder in the
 * {@code chaingraph/v1} format, which {@code load} takes back: the same records with the same provenance (a quote
 * stays a quote, illustrative stays illustrative). Everything is read in the one read transaction given, so the
 * folder is one moment of the graph. Left out: the built-in regions (loaded with every data set), what only the
 * ChainKnowledgeGraph import wrote (it ships no license), the stored firm counts (every load derives them), the data
 * sets' records and the audit trail (bookkeeping of the graph, not data a load writes).
 */
final class DataSetExport {

	/** What was written: rows per file, and what could not be (a product no firm makes, a firm without region). */
	record Result(Map<String, Long> rows, List<String> leftOut) {

		boolean isEmpty() {
			return this.rows.values().stream().allMatch(n -> n == 0);
		}

	}

	private static final CypherCatalog CYPHER = CypherCatalog.standard();

	private final Transaction tx;

	private final Path folder;

	private final Map<String, Long> rows = new LinkedHashMap<>();

	private final List<String> leftOut = new ArrayList<>();

	/** The firms enterprises.csv lists: a row of another table naming one it does not would not load. */
	private final java.util.Set<String> firms = new java.util.HashSet<>();

	private DataSetExport(Transaction tx, Path folder) {
		this.tx = tx;
		this.folder = folder;
	}

	/**
	 * A data set the graph records, as the export names it.
	 *
	 * @param asOf the date its lists describe ({@code asOf} in its dataset.yaml), or null
	 */
	record Source(String name, String asOf) {

		@Override
		public String toString() {
			return this.asOf == null ? this.name : this.name + ", as of " + this.asOf;
		}

	}

	/** The data sets the graph records, by id, but the built-in regions. */
	static Map<String, Source> dataSets(Transaction tx) {
		var sets = new TreeMap<String, Source>();
		tx.run(CYPHER.query("export/data-sets")).forEachRemaining(r -> sets.put(r.get("id").asString(),
				new Source(r.get("name").asString(null), r.get("asOf").asString(null))));
		return sets;
	}

	/** Whether the curation API changed the graph: its audit trail holds a change that is not a load's. */
	static boolean curated(Transaction tx) {
		return tx.run(CYPHER.query("export/curated")).single().get("curated").asBoolean();
	}

	/**
	 * Writes every table and chain into {@code folder} (which exists and is empty), then {@code dataset.yaml} and a
	 * README saying what the folder holds and what it leaves out.
	 */
	static Result write(Transaction tx, Path folder, String id, String name, String description, String asOf)
			throws IOException {
		var export = new DataSetExport(tx, folder);
		export.tables();
		export.chains();
		Files.writeString(folder.resolve(DataSetFiles.MANIFEST), manifest(id, name, description, asOf),
				StandardCharsets.UTF_8);
		return new Result(export.rows, List.copyOf(export.leftOut));
	}

	private static String manifest(String id, String name, String description, String asOf) {
		var manifest = new LinkedHashMap<String, Object>();
		manifest.put("format", DataSet.FORMAT);
		manifest.put("id", id);
		manifest.put("name", name);
		manifest.put("description", description);
		manifest.put("asOf", asOf);
		return yaml().dump(manifest);
	}

	private void tables() {
		table(Tables.REGIONS, "export/regions", r -> true);
		table(Tables.REGION_NEIGHBOURS, "export/region-neighbours", r -> true);
		table(Tables.ENTERPRISES, "export/enterprises", r -> {
			if (r.get("regionCode").isNull()) {
				// enterprises.csv requires a region: a firm an older --prune left without one is named, not guessed
				this.leftOut.add("firm " + text(r, "id") + " " + text(r, "name")
						+ ": no region in the graph (企业缺少所在地区), and enterprises.csv requires one");
				return false;
			}
			this.firms.add(text(r, "id"));
			return true;
		});
		table(Tables.ENTERPRISE_SEGMENTS, "export/enterprise-segments", r -> listed(r, "enterpriseId"));
		products();
		table(Tables.SUPPLY_RELATIONS, "export/supply-relations",
				r -> listed(r, "supplierId") && listed(r, "customerId"));
		table(Tables.DESIGNATIONS, "export/designations", r -> listed(r, "enterpriseId"));
		table(Tables.CLUSTERS, "export/clusters", r -> true);
		table(Tables.POLICY_DOCUMENTS, "export/policy-documents", r -> true);
		table(Tables.POLICY_TARGETS, "export/policy-targets", r -> true);
	}

	/**
	 * Whether the firm the row names is in enterprises.csv; else the row is named as left out, not written: the
	 * export would not load (a firm without a region, one only the ChainKnowledgeGraph import wrote).
	 */
	private boolean listed(Record r, String column) {
		var firm = text(r, column);
		if (this.firms.contains(firm)) {
			return true;
		}
		var values = new ArrayList<String>();
		r.keys().stream().filter(k -> !k.equals("source") && !k.equals("quote") && (!k.startsWith("product") || k.equals("product")))
			.forEach(k -> values.add(r.get(k).isNull() ? "" : r.get(k).toString().replace("\"", "")));
		this.leftOut.add("a row naming firm " + firm + ", which enterprises.csv does not list (企业未导出，其关联未导出): "
				+ String.join(", ", values));
		return false;
	}

	/**
	 * One table: its header (the columns' own names, as FORMATS.md writes them), then a row per record the filter
	 * keeps, each cell the query's column of the same name: a query and its table cannot drift apart in order.
	 */
	private void table(Table table, String query, Predicate<Record> write) {
		try (var csv = csv(table)) {
			this.tx.run(CYPHER.query(query)).forEachRemaining(r -> {
				if (write.test(r)) {
					csv.record(cells(table, r, Map.of()));
				}
			});
			this.rows.put(table.file(), csv.records() - 1);
		}
	}

	private CsvWriter csv(Table table) {
		var csv = new CsvWriter(this.folder.resolve(table.file()), true);
		csv.record(table.columns().stream().map(Column::name).toArray(String[]::new));
		return csv;
	}

	/** A row of the table from the record's columns of the same names, but for the cells {@code given}. */
	private static String[] cells(Table table, Record r, Map<String, String> given) {
		return table.columns().stream().map(c -> given.containsKey(c.name()) ? given.get(c.name()) : cell(r, c.name()))
			.toArray(String[]::new);
	}

	/** A cell as the loader reads it back: a list's items separated by {@code ;}, a number as {@link #number} writes it. */
	private static String cell(Record r, String column) {
		if (!r.containsKey(column)) {
			throw new IllegalStateException("the export's query returns no column " + column);
		}
		return switch (r.get(column).asObject()) {
			case null -> null;
			case List<?> list -> list(r, column);
			case Number n -> number(r, column);
			case Object value -> value.toString();
		};
	}

	/**
	 * enterprise-products.csv. A load gives a product the provenance of the first row naming it, and each row with a
	 * segmentId links the product to that segment with the row's provenance: so a product's rows start with one whose
	 * provenance is the product's, and each segment goes on a row whose provenance is the link's where one has it.
	 */
	private void products() {
		var segments = new LinkedHashMap<String, List<Record>>();
		this.tx.run(CYPHER.query("export/product-segments"))
			.forEachRemaining(r -> segments.computeIfAbsent(text(r, "product"), k -> new ArrayList<>()).add(r));
		try (var csv = csv(Tables.ENTERPRISE_PRODUCTS)) {
			var group = new ArrayList<Record>();
			var result = this.tx.run(CYPHER.query("export/enterprise-products"));
			while (result.hasNext()) {
				var r = result.next();
				if (!group.isEmpty() && !text(group.getFirst(), "product").equals(text(r, "product"))) {
					product(group, segments.remove(text(group.getFirst(), "product")), csv);
					group.clear();
				}
				if (listed(r, "enterpriseId")) {
					group.add(r);
				}
			}
			if (!group.isEmpty()) {
				product(group, segments.remove(text(group.getFirst(), "product")), csv);
			}
			this.rows.put(Tables.ENTERPRISE_PRODUCTS.file(), csv.records() - 1);
		}
		segments.keySet().forEach(product -> this.leftOut.add("product " + product
				+ ": its segment, as no firm makes it (无企业生产该产品，其所属环节未导出)"));
		this.tx.run(CYPHER.query("export/products-unmade")).forEachRemaining(r -> this.leftOut.add("product "
				+ text(r, "product") + ": no firm makes it, and a product is written only with a firm that makes it"
				+ " (无企业生产该产品)"));
	}

	private void product(List<Record> makers, List<Record> segments, CsvWriter csv) {
		var rows = new ArrayList<>(makers);
		var first = makers.getFirst();
		rows.stream()
			.filter(r -> sameProvenance(r, text(first, "productSource"), text(first, "productQuote")))
			.findFirst()
			.ifPresent(r -> {
				rows.remove(r);
				rows.addFirst(r);
			});
		if (!sameProvenance(rows.getFirst(), text(first, "productSource"), text(first, "productQuote"))) {
			// the row that gave the product its source is gone (its maker unlinked): loaded back, it takes this one's
			this.leftOut.add("product " + text(first, "product") + ": its own source " + provenance(first, "productSource",
					"productQuote") + ", no firm's row has it any more; loaded back it takes the source of "
					+ text(rows.getFirst(), "enterpriseId") + "'s row, " + provenance(rows.getFirst(), "source", "quote")
					+ " (产品来源与各生产企业行均不同，重新导入后将采用第一行的来源)");
		}
		var segmentOf = new String[rows.size()];
		for (var segment : segments == null ? List.<Record>of() : segments) {
			int at = -1;
			for (int i = 0; i < rows.size() && at < 0; i++) {
				if (segmentOf[i] == null && sameProvenance(rows.get(i), text(segment, "source"), text(segment, "quote"))) {
					at = i;
				}
			}
			for (int i = 0; i < rows.size() && at < 0; i++) {
				if (segmentOf[i] == null) {
					at = i;
				}
			}
			if (at < 0) {
				this.leftOut.add("product " + text(first, "product") + ": its segment " + text(segment, "segmentId")
						+ ", as it has more segments than firms making it (产品所属环节多于生产企业)");
				continue;
			}
			segmentOf[at] = text(segment, "segmentId");
			if (!sameProvenance(rows.get(at), text(segment, "source"), text(segment, "quote"))) {
				this.leftOut.add("product " + text(first, "product") + ": its segment " + text(segment, "segmentId")
						+ " with the source " + provenance(segment, "source", "quote") + ", which no free row has; loaded"
						+ " back it takes the source of " + text(rows.get(at), "enterpriseId") + "'s row, "
						+ provenance(rows.get(at), "source", "quote") + " (产品所属环节的来源将采用该行的来源)");
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			var r = rows.get(i);
			var segmentId = new java.util.HashMap<String, String>();
			segmentId.put("segmentId", segmentOf[i]);
			csv.record(cells(Tables.ENTERPRISE_PRODUCTS, r, segmentId));
		}
	}

	/** A source and its quote as a note names them: {@code 'file:名单.xlsx'}, {@code 'seed:…' ("…")}. */
	private static String provenance(Record r, String source, String quote) {
		return "'" + text(r, source) + "'" + (text(r, quote) == null ? "" : " (\"" + text(r, quote) + "\")");
	}

	private static boolean sameProvenance(Record r, String source, String quote) {
		return Objects.equals(text(r, "source"), source) && Objects.equals(text(r, "quote"), quote);
	}

	/** One YAML file per chain under chains/: its segment tree, policy regions and the supply links it starts. */
	private void chains() throws IOException {
		var chains = new LinkedHashMap<String, Map<String, Object>>();
		this.tx.run(CYPHER.query("export/chains")).forEachRemaining(r -> {
			var chain = new LinkedHashMap<String, Object>();
			chain.put("id", text(r, "id"));
			put(chain, "name", text(r, "name"));
			put(chain, "aliases", strings(r.get("aliases")));
			put(chain, "description", text(r, "description"));
			provenance(chain, text(r, "source"), text(r, "quote"));
			var policies = new ArrayList<Map<String, Object>>();
			for (var p : r.get("policy").asList(v -> v)) {
				var policy = new LinkedHashMap<String, Object>();
				put(policy, "region", p.get("region").asString(null));
				put(policy, "program", p.get("program").asString(null));
				put(policy, "tier", p.get("tier").asString(null));
				put(policy, "chief", p.get("chief").asString(null));
				provenance(policy, p.get("source").asString(null), p.get("quote").asString(null));
				policies.add(policy);
			}
			put(chain, "policy", policies);
			chain.put("segments", new ArrayList<Map<String, Object>>());
			chains.put(text(r, "id"), chain);
		});
		var segments = new LinkedHashMap<String, Map<String, Object>>();
		var parents = new LinkedHashMap<String, String>();
		var chainOf = new LinkedHashMap<String, String>();
		this.tx.run(CYPHER.query("export/segments")).forEachRemaining(r -> {
			var id = text(r, "id");
			var segment = new LinkedHashMap<String, Object>();
			segment.put("id", id.substring(id.indexOf('/') + 1));
			put(segment, "name", text(r, "name"));
			put(segment, "aliases", strings(r.get("aliases")));
			put(segment, "position", text(r, "position"));
			put(segment, "kind", text(r, "kind"));
			put(segment, "description", text(r, "description"));
			provenance(segment, text(r, "source"), text(r, "quote"));
			segments.put(id, segment);
			parents.put(id, text(r, "parentId"));
			chainOf.put(id, text(r, "chainId"));
		});
		// In each chain's order among siblings (the query's order): a parent's children list in the order they had.
		for (var entry : segments.entrySet()) {
			var parent = parents.get(entry.getKey());
			var chain = chains.get(chainOf.get(entry.getKey()));
			if (chain == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			var siblings = parent == null ? (List<Map<String, Object>>) chain.get("segments")
					: (List<Map<String, Object>>) segments.get(parent)
						.computeIfAbsent("children", k -> new ArrayList<Map<String, Object>>());
			siblings.add(entry.getValue());
		}
		this.tx.run(CYPHER.query("export/segment-supplies")).forEachRemaining(r -> {
			var chainId = text(r, "chainId");
			var chain = chains.get(chainId);
			if (chain == null) {
				return;
			}
			var supply = new LinkedHashMap<String, Object>();
			supply.put("from", local(chainId, text(r, "fromId")));
			supply.put("to", local(chainId, text(r, "toId")));
			provenance(supply, text(r, "source"), text(r, "quote"));
			@SuppressWarnings("unchecked")
			var supplies = (List<Map<String, Object>>) chain.computeIfAbsent("supplies", k -> new ArrayList<>());
			supplies.add(supply);
		});
		var dir = this.folder.resolve(DataSetFiles.CHAINS);
		Files.createDirectories(dir);
		for (var chain : chains.entrySet()) {
			// children sit after the segment's own keys: moved to the end, as the chain files write them
			moveChildrenLast(chain.getValue());
			Files.writeString(dir.resolve(chain.getKey() + ".yaml"), yaml().dump(chain.getValue()), StandardCharsets.UTF_8);
		}
		this.rows.put(DataSetFiles.CHAINS + "/", (long) chains.size());
	}

	@SuppressWarnings("unchecked")
	private static void moveChildrenLast(Map<String, Object> chain) {
		var pending = new ArrayList<>((List<Map<String, Object>>) chain.get("segments"));
		while (!pending.isEmpty()) {
			var segment = pending.removeLast();
			var children = (List<Map<String, Object>>) segment.remove("children");
			if (children != null) {
				segment.put("children", children);
				pending.addAll(children);
			}
		}
		var supplies = chain.remove("supplies");
		if (supplies != null) {
			chain.put("supplies", supplies);
		}
	}

	/** A segment of this chain by its own id, one of another chain by its full id. */
	private static String local(String chainId, String segmentId) {
		return segmentId.startsWith(chainId + "/") ? segmentId.substring(chainId.length() + 1) : segmentId;
	}

	private static void provenance(Map<String, Object> map, String source, String quote) {
		put(map, "source", source);
		put(map, "quote", quote);
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
			map.put(key, value);
		}
	}

	private static Yaml yaml() {
		var options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		return new Yaml(options);
	}

	private static String text(Record r, String key) {
		var value = r.get(key);
		return value.isNull() ? null : value.asString();
	}

	/**
	 * A stored list, each value once: graphs written before the loader refused a value twice in one cell hold such
	 * lists (tags 上市;上市), and the export is to load back.
	 */
	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString).stream().distinct().toList();
	}

	/** A list cell: the items separated by {@code ;}, as every list column reads them. */
	private static String list(Record r, String key) {
		return String.join(";", strings(r.get(key)));
	}

	/** A year as digits, a share or an amount as the plain decimal the loader reads back as the same double. */
	private static String number(Record r, String key) {
		var value = r.get(key);
		if (value.isNull()) {
			return null;
		}
		var number = value.asNumber();
		if (number instanceof Double d) {
			var text = Double.toString(d);
			return text.contains("E") ? BigDecimal.valueOf(d).toPlainString() : text;
		}
		return number.toString();
	}

}
