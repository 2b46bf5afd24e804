package io.chaingraph.loader.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.loader.chain.Chain;
import io.chaingraph.model.order.NameOrder;

/**
 * Turns a validated data set into graph rows. Every property of a type is always present in its row (null when
 * empty), so a value removed from a file is removed from the graph too; but for a firm another source lists too,
 * which keeps it ({@code load/enterprises}).
 */
final class GraphRowsBuilder {

	private final GraphRowSink rows;

	private final Map<String, String> regionNames;

	/** Product names written so far: a product is one node, however many firms make it. */
	private final Set<String> products = new HashSet<>();

	/**
	 * A builder that declares every batch on the sink, in write order.
	 * @param regionNames full names of the built-in regions by code
	 */
	GraphRowsBuilder(GraphRowSink rows, Map<String, String> regionNames) {
		this.rows = rows;
		this.regionNames = new HashMap<>(regionNames);
		// Every type in write order (nodes first), declared even when empty so --prune sees it.
		rows.declareNodes("Region", "load/regions", "code");
		rows.declareNodes("Chain", "load/chains", "id");
		rows.declareNodes("Segment", "load/segments", "id");
		rows.declareNodes("Enterprise", "load/enterprises", "id");
		rows.declareNodes("Product", "load/products", "name");
		rows.declareNodes("Designation", "load/designations", "id");
		rows.declareNodes("Cluster", "load/clusters", "id");
		rows.declareNodes("PolicyDocument", "load/policy-documents", "id");
		rows.declareNodes("PolicyTarget", "load/policy-targets", "id");
		rows.declareRelationships("PART_OF", "load/region-part-of", "Region", "code", "Region", "code");
		rows.declareRelationships("MEMBER_OF", "load/region-member-of", "Region", "code", "Region", "code");
		rows.declareRelationships("NEIGHBOURS", "load/region-neighbours", "Region", "code", "Region", "code");
		rows.declareRelationships("IN_CHAIN", "load/segment-in-chain", "Segment", "id", "Chain", "id");
		rows.declareRelationships("SUB_SEGMENT_OF", "load/segment-sub-segment-of", "Segment", "id", "Segment", "id");
		rows.declareRelationships("SUPPLIES", "load/segment-supplies", "Segment", "id", "Segment", "id");
		rows.declareRelationships("HAS_POLICY_CHAIN", "load/region-has-policy-chain", "Region", "code", "Chain", "id");
		rows.declareRelationships("LOCATED_IN", "load/enterprise-located-in", "Enterprise", "id", "Region", "code");
		rows.declareRelationships("OPERATES_IN", "load/enterprise-operates-in", "Enterprise", "id", "Segment", "id");
		rows.declareRelationships("MAKES", "load/enterprise-makes", "Enterprise", "id", "Product", "name");
		rows.declareRelationships("IN_SEGMENT", "load/product-in-segment", "Product", "name", "Segment", "id");
		rows.declareRelationships("SUPPLIES_TO", "load/enterprise-supplies-to", "Enterprise", "id", "Enterprise", "id");
		rows.declareRelationships("HOLDS", "load/designation-held-by", "Enterprise", "id", "Designation", "id");
		rows.declareRelationships("FOR_CHAIN", "load/designation-for-chain", "Designation", "id", "Chain", "id");
		rows.declareRelationships("IN_REGION", "load/designation-in-region", "Designation", "id", "Region", "code");
		rows.declareRelationships("LOCATED_IN", "load/cluster-located-in", "Cluster", "id", "Region", "code");
		rows.declareRelationships("FOCUSES_ON", "load/cluster-focuses-on", "Cluster", "id", "Chain", "id");
		rows.declareRelationships("ISSUED_IN", "load/policy-document-issued-in", "PolicyDocument", "id", "Region", "code");
		rows.declareRelationships("SETS", "load/policy-target-set-by", "PolicyDocument", "id", "PolicyTarget", "id");
		rows.declareRelationships("ABOUT", "load/policy-target-about-chain", "PolicyTarget", "id", "Chain", "id");
		rows.declareRelationships("ABOUT", "load/policy-target-about-region", "PolicyTarget", "id", "Region", "code");
		rows.declareRelationships("ABOUT", "load/policy-target-about-cluster", "PolicyTarget", "id", "Cluster", "id");
	}

	static GraphRows build(List<Chain> chains, Map<Table, List<Row>> tables, Map<String, String> regionNames) {
		var rows = new GraphRows();
		var builder = new GraphRowsBuilder(rows, regionNames);
		builder.regions(tables.get(Tables.REGIONS), tables.get(Tables.REGION_NEIGHBOURS));
		builder.chains(chains);
		tables.get(Tables.ENTERPRISES).forEach(builder::enterprise);
		tables.get(Tables.ENTERPRISE_SEGMENTS).forEach(builder::enterpriseSegment);
		tables.get(Tables.ENTERPRISE_PRODUCTS).forEach(builder::enterpriseProduct);
		tables.get(Tables.SUPPLY_RELATIONS).forEach(builder::supplyRelation);
		tables.get(Tables.DESIGNATIONS).forEach(builder::designation);
		builder.clusters(tables.get(Tables.CLUSTERS));
		builder.policy(tables.get(Tables.POLICY_DOCUMENTS), tables.get(Tables.POLICY_TARGETS));
		return rows;
	}

	private static Map<String, Object> props(String source, String quote, Object... keyValues) {
		var props = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keyValues.length; i += 2) {
			var value = keyValues[i + 1];
			props.put((String) keyValues[i], value instanceof List<?> list && list.isEmpty() ? null : value);
		}
		props.put("source", source);
		props.put("quote", quote);
		props.put("illustrative", Provenance.illustrative(source));
		return props;
	}

	private static Map<String, Object> props(Row row, Object... keyValues) {
		return props(row.text("source"), row.text("quote"), keyValues);
	}

	void regions(List<Row> regions, List<Row> neighbours) {
		// Zones name their parents, which may be other zones listed earlier or later: resolve full names first.
		for (var row : regions) {
			if ("COOPERATION_AREA".equals(row.text("level"))) {
				this.regionNames.put(row.text("code"), row.text("name"));
			}
		}
		for (var row : regions) {
			if ("ZONE".equals(row.text("level"))) {
				var parent = this.regionNames.getOrDefault(row.text("parentCode"), "");
				this.regionNames.put(row.text("code"), parent + row.text("name"));
			}
		}
		for (var row : regions) {
			var code = row.text("code");
			this.rows.origin("load/regions", code, row.origin());
			this.rows.node("Region", "load/regions", "code", code,
					props(row, "code", code, "name", row.text("name"), "fullName", this.regionNames.get(code), "level",
							row.text("level"), "zoneType", row.text("zoneType"), "aliases", row.list("aliases")));
		}
		for (var row : regions) {
			if ("ZONE".equals(row.text("level"))) {
				this.rows.relationship("PART_OF", "load/region-part-of", "Region", "code", "Region", "code", row.text("code"),
						row.text("parentCode"), props(row));
			}
			for (var member : row.list("members")) {
				this.rows.relationship("MEMBER_OF", "load/region-member-of", "Region", "code", "Region", "code", member, row.text("code"),
						props(row));
			}
		}
		for (var row : neighbours) {
			// Stored once per pair, from the smaller code; queries follow it both ways.
			var a = row.text("a");
			var b = row.text("b");
			var first = a.compareTo(b) < 0 ? a : b;
			var second = first.equals(a) ? b : a;
			this.rows.relationship("NEIGHBOURS", "load/region-neighbours", "Region", "code", "Region", "code", first, second, props(row));
		}
	}

	void chains(List<Chain> chains) {
		for (var chain : chains) {
			this.rows.origin("load/chains", chain.id(), chain.file() + ":" + chain.line());
			this.rows.node("Chain", "load/chains", "id", chain.id(), props(chain.source(), chain.quote(), "id", chain.id(),
					"name", chain.name(), "aliases", chain.aliases(), "description", chain.description()));
		}
		for (var chain : chains) {
			for (var segment : chain.segments()) {
				this.rows.origin("load/segments", segment.id(), chain.file() + ":" + segment.line());
				this.rows.node("Segment", "load/segments", "id", segment.id(),
						props(segment.source(), segment.quote(), "id", segment.id(), "chainId", chain.id(), "name",
								segment.name(), "aliases", segment.aliases(), "position", segment.position(), "kind",
								segment.kind(), "description", segment.description(), "order", (long) segment.order()));
			}
		}
		for (var chain : chains) {
			for (var segment : chain.segments()) {
				this.rows.relationship("IN_CHAIN", "load/segment-in-chain", "Segment", "id", "Chain", "id", segment.id(), chain.id(),
						props(segment.source(), segment.quote()));
				this.rows.relationship("SUB_SEGMENT_OF", "load/segment-sub-segment-of", "Segment", "id", "Segment", "id", segment.id(),
						segment.parentId(), props(segment.source(), segment.quote()));
			}
			for (var supply : chain.supplies()) {
				this.rows.relationship("SUPPLIES", "load/segment-supplies", "Segment", "id", "Segment", "id", supply.from(), supply.to(),
						props(supply.source(), supply.quote()));
			}
			for (var policy : chain.policies()) {
				this.rows.origin("load/region-has-policy-chain", policy.region() + " → " + chain.id(),
						chain.file() + ":" + policy.line());
				this.rows.relationship("HAS_POLICY_CHAIN", "load/region-has-policy-chain", "Region", "code", "Chain", "id", policy.region(),
						chain.id(), props(policy.source(), policy.quote(), "program", policy.program(), "tier",
								policy.tier(), "chief", policy.chief()));
			}
		}
	}

	/** One row of enterprises.csv: the firm and where it is. */
	void enterprise(Row row) {
		var id = row.text("id");
		this.rows.node("Enterprise", "load/enterprises", "id", id,
				props(row, "id", id, "name", row.text("name"), "nameKey", NameOrder.key(row.text("name")), "aliases",
						row.list("aliases"), "creditCode", row.text("creditCode"), "stockCode", row.text("stockCode"), "tags",
						row.list("tags"), "founded", row.value("founded")));
		this.rows.relationship("LOCATED_IN", "load/enterprise-located-in", "Enterprise", "id", "Region", "code", id,
				row.text("regionCode"), props(row));
	}

	/** One row of enterprise-segments.csv. */
	void enterpriseSegment(Row row) {
		this.rows.relationship("OPERATES_IN", "load/enterprise-operates-in", "Enterprise", "id", "Segment", "id",
				row.text("enterpriseId"), row.text("segmentId"), props(row, "role", row.text("role")));
	}

	/** One row of enterprise-products.csv: the product the first time it is named, who makes it, its segment. */
	void enterpriseProduct(Row row) {
		var name = row.text("product");
		if (this.products.add(name)) {
			this.rows.node("Product", "load/products", "name", name, props(row, "name", name));
		}
		this.rows.relationship("MAKES", "load/enterprise-makes", "Enterprise", "id", "Product", "name",
				row.text("enterpriseId"), name, props(row, "weight", row.value("weight")));
		if (row.text("segmentId") != null) {
			this.rows.relationship("IN_SEGMENT", "load/product-in-segment", "Product", "name", "Segment", "id", name,
					row.text("segmentId"), props(row));
		}
	}

	/** One row of supply-relations.csv. */
	void supplyRelation(Row row) {
		this.rows.relationship("SUPPLIES_TO", "load/enterprise-supplies-to", "Enterprise", "id", "Enterprise", "id",
				row.text("supplierId"), row.text("customerId"), props(row, "product", row.text("product")));
	}

	/** One row of designations.csv: the designation and what it links. */
	void designation(Row row) {
		var kind = Tables.DESIGNATION_KINDS.get(row.text("kind"));
		var id = kind + ":" + row.text("chainId") + ":" + row.text("regionCode") + ":" + row.text("enterpriseId");
		this.rows.origin("load/designations", id, row.origin());
		this.rows.node("Designation", "load/designations", "id", id, props(row, "id", id, "kind", kind, "label",
				row.text("kind"), "by", row.text("by"), "year", row.value("year")));
		this.rows.relationship("HOLDS", "load/designation-held-by", "Enterprise", "id", "Designation", "id",
				row.text("enterpriseId"), id, props(row));
		this.rows.relationship("FOR_CHAIN", "load/designation-for-chain", "Designation", "id", "Chain", "id", id,
				row.text("chainId"), props(row));
		this.rows.relationship("IN_REGION", "load/designation-in-region", "Designation", "id", "Region", "code", id,
				row.text("regionCode"), props(row));
	}

	void clusters(List<Row> clusters) {
		for (var row : clusters) {
			this.rows.origin("load/clusters", row.text("id"), row.origin());
			this.rows.node("Cluster", "load/clusters", "id", row.text("id"),
					props(row, "id", row.text("id"), "name", row.text("name"), "kind", row.text("kind"), "level",
							row.text("level"), "scale", row.text("scale"), "aliases", row.list("aliases")));
		}
		for (var row : clusters) {
			for (var region : row.list("regionCodes")) {
				this.rows.relationship("LOCATED_IN", "load/cluster-located-in", "Cluster", "id", "Region", "code", row.text("id"), region,
						props(row));
			}
			for (var chain : row.list("chainIds")) {
				this.rows.relationship("FOCUSES_ON", "load/cluster-focuses-on", "Cluster", "id", "Chain", "id", row.text("id"), chain, props(row));
			}
		}
	}

	void policy(List<Row> documents, List<Row> targets) {
		for (var row : documents) {
			this.rows.origin("load/policy-documents", row.text("id"), row.origin());
			this.rows.node("PolicyDocument", "load/policy-documents", "id", row.text("id"),
					props(row, "id", row.text("id"), "title", row.text("title"), "issuer", row.text("issuer"),
							"docNumber", row.text("docNumber"), "date", row.text("date"), "url", row.text("url")));
			this.rows.relationship("ISSUED_IN", "load/policy-document-issued-in", "PolicyDocument", "id", "Region", "code", row.text("id"),
					row.text("regionCode"), props(row));
		}
		for (var row : targets) {
			var id = row.text("id");
			this.rows.origin("load/policy-targets", id, row.origin());
			this.rows.node("PolicyTarget", "load/policy-targets", "id", id,
					props(row, "id", id, "text", row.text("text"), "metric", row.text("metric"), "value",
							row.value("value"), "unit", row.text("unit"), "year", row.value("year")));
			this.rows.relationship("SETS", "load/policy-target-set-by", "PolicyDocument", "id", "PolicyTarget", "id", row.text("documentId"), id, props(row));
			for (var chain : row.list("chainIds")) {
				this.rows.relationship("ABOUT", "load/policy-target-about-chain", "PolicyTarget", "id", "Chain", "id", id, chain, props(row));
			}
			for (var region : row.list("regionCodes")) {
				this.rows.relationship("ABOUT", "load/policy-target-about-region", "PolicyTarget", "id", "Region", "code", id, region, props(row));
			}
			for (var cluster : row.list("clusterIds")) {
				this.rows.relationship("ABOUT", "load/policy-target-about-cluster", "PolicyTarget", "id", "Cluster", "id", id, cluster, props(row));
			}
		}
	}

}
