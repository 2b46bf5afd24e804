package io.chaingraph.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.chaingraph.loader.dataset.GraphRows;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.SimpleQueryRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a data set that list what a curator removed through the API (a firm's link to a segment, a product or a
 * customer; a firm; a designation), read from the audit trail. A reload of a file that still lists such a row would
 * otherwise bring it back without a word, and the gap table would be wrong again; so the loader leaves these rows out
 * and says which, unless told to restore them ({@code --restore-removed}).
 * <p>
 * Only what is absent from the graph counts: a removal undone since (linked again through the API, or restored by an
 * earlier load) is left alone.
 */
final class CuratedRemovals {

	/** The mutations that remove, and the table whose rows would bring back what each removed. */
	private static final Map<String, String> MUTATIONS = Map.of("unlinkEnterpriseFromSegment", "OPERATES_IN",
			"unlinkEnterpriseFromProduct", "MAKES", "removeSupplyRelation", "SUPPLIES_TO", "removeEnterprise",
			"Enterprise", "revokeDesignation", "Designation");

	/** The file of the data-set format (loader/FORMATS.md) that lists each type. */
	private static final Map<String, String> FILES = Map.of("OPERATES_IN", "enterprise-segments.csv", "MAKES",
			"enterprise-products.csv", "SUPPLIES_TO", "supply-relations.csv", "Enterprise", "enterprises.csv",
			"Designation", "designations.csv");

	/** The field of the audit entry's {@code before.removed} that names the other end of a removed link. */
	private static final Map<String, String> OTHER_END = Map.of("OPERATES_IN", "segment", "MAKES", "product",
			"SUPPLIES_TO", "customer");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One removed thing the data set lists again.
	 *
	 * @param type {@code OPERATES_IN}, {@code MAKES}, {@code SUPPLIES_TO}, {@code Enterprise} or {@code Designation}
	 * @param from the firm or designation key
	 * @param to the other end of a link (segment key, product name, customer key); null for a firm or designation
	 */
	record Removal(String type, String from, String to, String mutation, String actor, String at, String source) {

		String file() {
			return FILES.get(this.type);
		}

		String thing() {
			return this.to == null ? this.from : this.from + " → " + this.to;
		}

	}

	private final List<Removal> removals;

	/** {@code type|key} of the removed firms and designations. */
	private final Set<String> nodes = new HashSet<>();

	/** {@link #key} of the removed links. */
	private final Set<String> links = new HashSet<>();

	private CuratedRemovals(List<Removal> removals) {
		this.removals = removals;
		for (var removal : removals) {
			if (removal.to() == null) {
				this.nodes.add(removal.type() + "|" + removal.from());
			}
			else {
				this.links.add(key(removal.type(), removal.from(), removal.to()));
			}
		}
	}

	static CuratedRemovals none() {
		return new CuratedRemovals(List.of());
	}

	/** The removals these rows list again, in file and key order; one statement when nothing was ever removed. */
	static CuratedRemovals listedIn(GraphRows rows, SimpleQueryRunner runner, CypherCatalog cypher) {
		var latest = new LinkedHashMap<String, Removal>();
		runner.run(cypher.query("load/curation-removals"), Map.of("mutations", List.copyOf(MUTATIONS.keySet())))
			.forEachRemaining(record -> {
				var mutation = record.get("mutation").asString();
				var type = MUTATIONS.get(mutation);
				var to = OTHER_END.containsKey(type) ? removedEnd(record.get("before").asString(null), OTHER_END.get(type))
						: null;
				var removal = new Removal(type, record.get("entityKey").asString(), to, mutation,
						record.get("actor").asString(null), record.get("at").asString(null), record.get("source").asString(null));
				latest.put(key(type, removal.from(), to), removal);
			});
		if (latest.isEmpty()) {
			return none();
		}
		var listed = new ArrayList<Removal>();
		for (var batch : rows.batches()) {
			for (var row : batch.rows()) {
				var from = Objects.toString(row.containsKey("key") ? row.get("key") : row.get("from"), null);
				var to = row.containsKey("key") ? null : Objects.toString(row.get("to"), null);
				var removal = latest.remove(key(batch.type(), from, to));
				if (removal != null) {
					listed.add(removal);
				}
			}
		}
		if (listed.isEmpty()) {
			return none();
		}
		var things = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < listed.size(); i++) {
			var thing = new HashMap<String, Object>();
			thing.put("id", i);
			thing.put("type", listed.get(i).type());
			thing.put("from", listed.get(i).from());
			thing.put("to", listed.get(i).to());
			things.add(thing);
		}
		var absent = new ArrayList<Removal>();
		runner.run(cypher.query("load/removed-present"), Map.of("things", things)).forEachRemaining(record -> {
			if (!record.get("present").asBoolean()) {
				absent.add(listed.get(record.get("id").asInt()));
			}
		});
		absent.sort(java.util.Comparator.comparing(Removal::file).thenComparing(Removal::from)
			.thenComparing(r -> Objects.toString(r.to(), "")));
		return new CuratedRemovals(List.copyOf(absent));
	}

	List<Removal> removals() {
		return this.removals;
	}

	boolean isEmpty() {
		return this.removals.isEmpty();
	}

	/**
	 * Whether a row of this batch would bring back a removal: the removed thing itself, or a link of a removed firm or
	 * designation (a firm's segments, its region; a designation's chain and region), which has nothing to hang on.
	 */
	boolean bringsBack(GraphRows.Batch batch, Map<String, Object> row) {
		if (this.removals.isEmpty()) {
			return false;
		}
		if (row.containsKey("key")) {
			return this.nodes.contains(batch.type() + "|" + row.get("key"));
		}
		var prune = batch.prune();
		if (this.nodes.contains(prune.label() + "|" + row.get("from"))
				|| this.nodes.contains(prune.endLabel() + "|" + row.get("to"))) {
			return true;
		}
		return this.links.contains(key(batch.type(), Objects.toString(row.get("from"), null),
				Objects.toString(row.get("to"), null)));
	}

	private static String key(String type, String from, String to) {
		return type + "|" + from + "|" + to;
	}

	/** The other end of a removed link, from the audit entry's {@code before.removed}; null when it is not there. */
	private static String removedEnd(String before, String field) {
		if (before == null) {
			return null;
		}
		JsonNode end = JSON.readTree(before).path("removed").path(field);
		return end.isString() ? end.asString() : null;
	}

}
