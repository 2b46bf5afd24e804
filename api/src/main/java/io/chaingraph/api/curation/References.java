package io.chaingraph.api.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.model.rules.Reference;
import org.neo4j.driver.TransactionContext;

/**
 * The keys a change refers to, each with the input field that names it; checked in the change's own transaction with
 * one statement, so what is checked is what the write finds.
 */
final class References {

	private record Use(Reference kind, String key, String field, String expected) {
	}

	private final List<Use> uses = new ArrayList<>();

	References region(String field, String code) {
		return add(Reference.REGION, field, code, "a region code (GB/T 2260, or a zone the graph has)");
	}

	References chain(String field, String id) {
		return add(Reference.CHAIN, field, id, "a chain id the graph has");
	}

	References segment(String field, String id) {
		return add(Reference.SEGMENT, field, id, "a segment id <chain id>/<segment id> the graph has");
	}

	References product(String field, String name) {
		return add(Reference.PRODUCT, field, name, "a product name the graph has");
	}

	References enterprise(String field, String id) {
		return add(Reference.ENTERPRISE, field, id, "an enterprise id the graph has");
	}

	private References add(Reference kind, String field, String key, String expected) {
		this.uses.add(new Use(kind, key, field, expected));
		return this;
	}

	/**
	 * @throws ApiException NOT_FOUND naming every field whose key the graph does not have
	 */
	void check(TransactionContext tx, String query) {
		if (this.uses.isEmpty()) {
			return;
		}
		var keys = new EnumMap<Reference, List<String>>(Reference.class);
		for (var kind : List.of(Reference.REGION, Reference.CHAIN, Reference.SEGMENT, Reference.PRODUCT, Reference.ENTERPRISE)) {
			keys.put(kind, new ArrayList<>());
		}
		this.uses.forEach(u -> keys.get(u.kind()).add(u.key()));
		var missing = tx.run(query, Map.of("regions", keys.get(Reference.REGION), "chains", keys.get(Reference.CHAIN),
				"segments", keys.get(Reference.SEGMENT), "products", keys.get(Reference.PRODUCT), "enterprises",
				keys.get(Reference.ENTERPRISE))).single();
		var lines = new ArrayList<String>();
		var fields = new ArrayList<String>();
		for (var use : this.uses) {
			var column = switch (use.kind()) {
				case REGION -> "regions";
				case CHAIN -> "chains";
				case SEGMENT -> "segments";
				case PRODUCT -> "products";
				default -> "enterprises";
			};
			if (missing.get(column).asList(v -> v.asString()).contains(use.key())) {
				lines.add("input." + use.field() + ": expected " + use.expected() + ", found '" + use.key()
						+ "', which the graph does not have (" + use.kind().unknown() + ")");
				fields.add("input." + use.field());
			}
		}
		if (!lines.isEmpty()) {
			throw new ApiException(ErrorCode.NOT_FOUND, String.join("; ", lines) + " — nothing was written (未写入任何数据)",
					Map.of("fields", fields));
		}
	}

}
