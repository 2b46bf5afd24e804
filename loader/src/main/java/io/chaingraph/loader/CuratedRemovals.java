package io.chaingraph.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.chaingraph.loader.dataset.GraphRows;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.SimpleQueryRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a data set that list what a curator removed through the API (a firm's link to a segment, a product or a
 * customer; a firm; a designation), read from the audit trail. A reload of a file that still lists such a row would
 * otherwise bring it back without a word, and the gap table would be wrong again; so the loaders (the data-set loader
 * and the ChainKnowledgeGraph import) leave these rows out and say which, unless told to restore them
 * ({@code --restore-removed}).
 * <p>
 * Only what is absent from the graph counts: a removal undone since (linked again through the API, or restored by an
 * earlier load) is left alone. A removal committed while a load runs, after this read, is read again before the
 * load's commit ({@link #takeBackSince}).
 */
public final class CuratedRemovals {

	/** The mutations that remove, and the type of what each removed. */
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
	 * Something a data set lists: a firm or designation by key ({@code to} null), or a link by its two ends.
	 *
	 * @param type {@code Enterprise}, {@code Designation}, {@code OPERATES_IN}, {@code MAKES} or {@code SUPPLIES_TO}
	 * @param where the file (and line, where known) that lists it, as the report names it
	 */
	public record Listed(String type, String from, String to, String where) {
	}

	/**
	 * One removed thing the data set lists again.
	 *
	 * @param type {@code OPERATES_IN}, {@code MAKES}, {@code SUPPLIES_TO}, {@code Enterprise} or {@code Designation}
	 * @param from the firm or designation key
	 * @param to the other end of a link (segment key, product name, customer key); null for a firm or designation
	 * @param where the file (and line) that lists it; null until it is found listed
	 */
	public record Removal(String type, String from, String to, String mutation, String actor, String at, String source,
			String where) {

		/** The removed firm, designation or link: {@code key} or {@code from → to}. */
		public String thing() {
			return this.to == null ? this.from : this.from + " → " + this.to;
		}

		/** {@code where: thing}. */
		public String listed() {
			return this.where + ": " + thing();
		}

		Removal at(String where) {
			return new Removal(this.type, this.from, this.to, this.mutation, this.actor, this.at, this.source, where);
		}

	}

	private final List<Removal> removals;

	/** The ids of the removal entries the read saw, the listed ones or not: what a later read finds besides is new. */
	private final Set<String> read;

	/** {@code type|key} of the removed firms and designations. */
	private final Set<String> nodes = new HashSet<>();

	/** {@link #key} of the removed links. */
	private final Set<String> links = new HashSet<>();

	/**
	 * The removals recorded while the load ran ({@link #takeBackSince}): kept removed even with
	 * {@code --restore-removed}, which restores what it was told of (a dry run's list, the last load's), not a
	 * curator's change it could not have seen.
	 */
	private final List<Removal> since;

	private CuratedRemovals(List<Removal> removals, Set<String> read) {
		this(removals, read, List.of());
	}

	private CuratedRemovals(List<Removal> removals, Set<String> read, List<Removal> since) {
		this.removals = removals;
		this.read = read;
		this.since = since;
		for (var removal : removals) {
			if (removal.to() == null) {
				this.nodes.add(removal.type() + "|" + removal.from());
			}
			else {
				this.links.add(key(removal.type(), removal.from(), removal.to()));
			}
		}
	}

	public static CuratedRemovals none() {
		return new CuratedRemovals(List.of(), Set.of());
	}

	/** The removals the rows of a data set list again, each named by its file. */
	static CuratedRemovals listedIn(GraphRows rows, SimpleQueryRunner runner, CypherCatalog cypher) {
		return listedIn(listed(rows), runner, cypher);
	}

	private static Stream<Listed> listed(GraphRows rows) {
		return rows.batches().stream().flatMap(batch -> batch.rows().stream().map(row -> {
			var node = row.containsKey("key");
			return new Listed(batch.type(), Objects.toString(node ? row.get("key") : row.get("from"), null),
					node ? null : Objects.toString(row.get("to"), null), FILES.get(batch.type()));
		}));
	}

	/**
	 * The removals that {@code listed} names again, in order of where, from and to; one statement when nothing was
	 * ever removed (and then {@code listed} is not read).
	 */
	public static CuratedRemovals listedIn(Stream<Listed> listed, SimpleQueryRunner runner, CypherCatalog cypher) {
		var read = new HashSet<String>();
		var found = found(listed, runner, cypher, Set.of(), read);
		if (found.isEmpty()) {
			return new CuratedRemovals(List.of(), read);
		}
		var absent = new ArrayList<Removal>();
		runner.run(cypher.query("load/removed-present"), Map.of("things", things(found))).forEachRemaining(record -> {
			if (!record.get("present").asBoolean()) {
				absent.add(found.get(record.get("id").asInt()));
			}
		});
		return new CuratedRemovals(sorted(absent), read);
	}

	/**
	 * Before a load's commit: the removals recorded since this read (a curator's, committed while the load ran) that
	 * the rows list, with what the load wrote back of them deleted again ({@code load/take-back-removed}): those this
	 * read did not keep out. One statement when none was recorded since. Adds to {@code written} what it deleted as
	 * skipped, where the load counted it created.
	 * @return the removals this read kept out and those made since, as one
	 */
	CuratedRemovals takeBackSince(GraphRows rows, String dataset, SimpleQueryRunner tx, CypherCatalog cypher,
			Map<String, LoadSummary.Counts> written) {
		var skipped = new LoadSummary.Counts(-1, 0, 0, 1);
		return takeBackSince(listed(rows), dataset, tx, cypher,
				type -> written.computeIfPresent(type, (t, counts) -> counts.plus(skipped)));
	}

	/**
	 * {@link #takeBackSince(GraphRows, String, SimpleQueryRunner, CypherCatalog, Map)} for what {@code listed} names:
	 * {@code dataset} null for the ChainKnowledgeGraph import (what it alone holds has no data set and a
	 * {@code chainkg:} source). {@code takenBack} is told the label or type of each firm, designation or link deleted
	 * again, once each, which the load had counted created and now is skipped.
	 */
	public CuratedRemovals takeBackSince(Stream<Listed> listed, String dataset, SimpleQueryRunner tx,
			CypherCatalog cypher, Consumer<String> takenBack) {
		var found = found(listed, tx, cypher, this.read, new HashSet<>());
		if (found.isEmpty()) {
			return this;
		}
		var gone = new ArrayList<Removal>(this.removals);
		var parameters = new HashMap<String, Object>();
		parameters.put("things", things(found));
		parameters.put("dataset", dataset);
		tx.run(cypher.query("load/take-back-removed"), parameters).forEachRemaining(record -> {
			var removal = found.get(record.get("id").asInt());
			if (record.get("gone").asBoolean()) {
				gone.add(removal);
			}
			if (record.get("writtenBack").asBoolean()) {
				takenBack.accept(removal.type());
				record.get("links").asList(v -> v.asString()).forEach(takenBack);
			}
		});
		return new CuratedRemovals(sorted(gone), this.read,
				sorted(gone.stream().filter(removal -> !this.removals.contains(removal)).toList()));
	}

	/**
	 * The removals of the audit trail but those of {@code seen} that {@code listed} names, each named by where, the
	 * latest of each thing; the ids of the entries read go to {@code read}.
	 */
	private static List<Removal> found(Stream<Listed> listed, SimpleQueryRunner runner, CypherCatalog cypher,
			Set<String> seen, Set<String> read) {
		var latest = new LinkedHashMap<String, Removal>();
		runner.run(cypher.query("load/curation-removals"), Map.of("mutations", List.copyOf(MUTATIONS.keySet())))
			.forEachRemaining(record -> {
				var id = record.get("id").isNull() ? record.get("at").asString(null) + "|" + record.get("entityKey")
						: record.get("id").asString();
				if (seen.contains(id)) {
					return;
				}
				read.add(id);
				var mutation = record.get("mutation").asString();
				var type = MUTATIONS.get(mutation);
				var to = OTHER_END.containsKey(type) ? removedEnd(record.get("before").asString(null), OTHER_END.get(type))
						: null;
				var removal = new Removal(type, record.get("entityKey").asString(), to, mutation,
						record.get("actor").asString(null), record.get("at").asString(null),
						record.get("source").asString(null), null);
				latest.put(key(type, removal.from(), to), removal);
			});
		var found = new ArrayList<Removal>();
		if (latest.isEmpty()) {
			return found;
		}
		listed.forEach(thing -> {
			var removal = latest.remove(key(thing.type(), thing.from(), thing.to()));
			if (removal != null) {
				found.add(removal.at(thing.where()));
			}
		});
		return found;
	}

	/** The parameter of the statements about removals: {id (the index in {@code found}), type, from, to}. */
	private static List<Map<String, Object>> things(List<Removal> found) {
		var things = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < found.size(); i++) {
			var thing = new HashMap<String, Object>();
			thing.put("id", i);
			thing.put("type", found.get(i).type());
			thing.put("from", found.get(i).from());
			thing.put("to", found.get(i).to());
			things.add(thing);
		}
		return things;
	}

	private static List<Removal> sorted(List<Removal> removals) {
		var sorted = new ArrayList<>(removals);
		sorted.sort(Comparator.comparing(Removal::where).thenComparing(Removal::from)
			.thenComparing(r -> Objects.toString(r.to(), "")));
		return List.copyOf(sorted);
	}

	public List<Removal> removals() {
		return this.removals;
	}

	/** Each removal as {@code where: thing}, in order. */
	public List<String> listed() {
		return this.removals.stream().map(Removal::listed).toList();
	}

	public boolean isEmpty() {
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
			return removedNode(batch.type(), row.get("key"));
		}
		var prune = batch.prune();
		return removedNode(prune.label(), row.get("from")) || removedNode(prune.endLabel(), row.get("to"))
				|| removedLink(batch.type(), row.get("from"), row.get("to"));
	}

	/** Whether curation removed this firm ({@code Enterprise}) or designation ({@code Designation}). */
	public boolean removedNode(String label, Object key) {
		return this.nodes.contains(label + "|" + key);
	}

	/** Whether curation removed this link ({@code OPERATES_IN}, {@code MAKES}, {@code SUPPLIES_TO}). */
	public boolean removedLink(String type, Object from, Object to) {
		return this.links.contains(key(type, Objects.toString(from, null), Objects.toString(to, null)));
	}

	/**
	 * Which listed things curation removed, who removed each, when and on what grounds, and what to do: the closing
	 * lines of a load's or an import's summary; nothing when there are none.
	 *
	 * @param restored whether they were (or, in a dry run, would be) written anyway ({@code --restore-removed}): those
	 * recorded while the load ran stay removed all the same, and are named as kept removed
	 */
	public void render(StringBuilder out, boolean dryRun, boolean restored) {
		if (!restored) {
			renderKept(out, dryRun, this.removals);
			return;
		}
		// Those recorded while the load ran stayed removed: --restore-removed brought back the others.
		var since = this.since.stream().map(r -> key(r.type(), r.from(), r.to())).collect(Collectors.toSet());
		var brought = this.removals.stream()
			.filter(r -> !this.since.contains(r) && !since.contains(key(r.type(), r.from(), r.to())))
			.toList();
		if (!brought.isEmpty()) {
			int n = brought.size();
			out.append(String.format("%s %d thing%s that curation removed through the API, as --restore-removed asked "
					+ "(%s恢复 %d 项经 API 删除的数据):%n", dryRun ? "Would bring back" : "Brought back", n,
					n == 1 ? "" : "s", dryRun ? "将" : "已", n));
			renderEach(out, brought);
		}
		renderKept(out, dryRun, this.since);
	}

	private static void renderKept(StringBuilder out, boolean dryRun, List<Removal> kept) {
		if (kept.isEmpty()) {
			return;
		}
		int n = kept.size();
		out.append(String.format("%s: %d thing%s the data set lists that curation removed through the API; its "
				+ "rows and their links %s left out (数据集中有 %d 项已经 API 删除，%s):%n",
				dryRun ? "Would keep removed" : "Kept removed", n, n == 1 ? "" : "s", dryRun ? "would be" : "were", n,
				dryRun ? "将不导入" : "未导入"));
		renderEach(out, kept);
		out.append("  If the removal stands, delete these rows from the data set; if it was wrong, load with "
				+ "--restore-removed (删除无误请从数据集中删去这些行；删除有误请加 --restore-removed 重新导入).\n");
	}

	private static void renderEach(StringBuilder out, List<Removal> removals) {
		for (var removal : removals) {
			out.append(String.format("  %s  %s  (%s by %s at %s; source 依据: %s)%n", removal.where(), removal.thing(),
					removal.mutation(), removal.actor(), removal.at(), removal.source()));
		}
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
