package io.chaingraph.loader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.loader.dataset.CooperationAreas;
import io.chaingraph.loader.dataset.DataSet;
import io.chaingraph.loader.dataset.GraphRowSink;
import io.chaingraph.loader.dataset.GraphRows;
import io.chaingraph.loader.dataset.HeldValues;
import io.chaingraph.loader.dataset.InGraph;
import io.chaingraph.loader.dataset.KeySpace;
import io.chaingraph.loader.dataset.StreamingDataSet;
import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes validated data into the graph.
 * <p>
 * Everything is read and validated before the first write; then the built-in regions and the data set are written
 * in ONE transaction, so a load either happens whole or leaves the graph exactly as it was (a failure, a crash or
 * Ctrl-C mid-way rolls it back). Writes are {@code UNWIND} batches of named queries from {@code cypher/queries/load};
 * each reports what it created, updated and left unchanged, so loading the same input twice reports no change and
 * changes nothing.
 */
public final class GraphLoader {

	/** The id under which the built-in administrative divisions are recorded. */
	public static final String REGIONS_DATASET = DataSet.BUILT_IN_REGIONS_ID;

	/** The name under which the built-in administrative divisions are recorded. */
	public static final String REGIONS_NAME = "中华人民共和国行政区划 (GB/T 2260, regions-cn)";

	private static final int CHUNK = 10_000;

	private static final Map<KeySpace, String> FILES = Map.of(KeySpace.REGION, "regions", KeySpace.CHAIN, "chains",
			KeySpace.SEGMENT, "segments", KeySpace.ENTERPRISE, "enterprises", KeySpace.CLUSTER, "clusters",
			KeySpace.DOCUMENT, "policy-documents");

	/** The query that finds the firms of the graph with some values of a unique column ({@link HeldValues}). */
	private static final Map<String, String> HELD = Map.of("creditCode", "load/existing/enterprise-credit-codes",
			"stockCode", "load/existing/enterprise-stock-codes");

	/** The query that writes firms and says, as {@code shared}, what it kept and replaced ({@link SharedFirms}). */
	private static final String FIRMS = "load/enterprises";

	/** The query that writes firms' regions and says, as {@code moves}, which shared firm it moved ({@link SharedFirms}). */
	private static final String LOCATED = "load/enterprise-located-in";

	/** The types the stored firm counts are computed from (see {@code firmcount/refresh}). */
	private static final Set<String> COUNTED = Set.of("Region", "Chain", "Segment", "Enterprise", "PART_OF", "IN_CHAIN",
			"SUB_SEGMENT_OF", "LOCATED_IN", "OPERATES_IN");

	private final Driver driver;

	private final Progress progress;

	private final CypherCatalog cypher = CypherCatalog.standard();

	public GraphLoader(Driver driver, Progress progress) {
		this.driver = driver;
		this.progress = progress;
	}

	public GraphLoader(Driver driver) {
		this(driver, Progress.silent());
	}

	/** Loads the data set shipped with ChainGraph (the demo data set), with the built-in regions. */
	public LoadSummary loadShipped(boolean dryRun) {
		return loadShipped(new Options(dryRun, false));
	}

	/** Loads the shipped data set with these options. */
	public LoadSummary loadShipped(Options options) {
		try (var demo = ShippedDataSet.extract()) {
			return load(demo.folder(), options);
		}
	}

	/**
	 * What a load should do.
	 *
	 * @param dryRun validate only, write nothing
	 * @param prune remove what this data set loaded before and no longer lists
	 * @param restoreRemoved write the rows that list what curation removed through the API too (by default they are
	 * left out and reported: {@link CuratedRemovals})
	 * @param pruneMax the share of a type this data set loaded before that --prune may remove (more than
	 * {@link PruneGuard#FLOOR} of it); 1 lets it remove everything, a missing or emptied table too ({@link PruneGuard})
	 */
	public record Options(boolean dryRun, boolean prune, boolean restoreRemoved, double pruneMax) {

		public Options(boolean dryRun, boolean prune, boolean restoreRemoved) {
			this(dryRun, prune, restoreRemoved, PruneGuard.DEFAULT_MAX);
		}

		public Options(boolean dryRun, boolean prune) {
			this(dryRun, prune, false);
		}

	}

	/**
	 * Loads a data set folder (loader/FORMATS.md) and the built-in regions.
	 * @throws io.chaingraph.loader.source.LoadException when the input has problems; nothing was written
	 */
	public LoadSummary load(java.nio.file.Path folder, Options options) {
		long started = System.nanoTime();
		var regions = RegionReference.shipped();
		var dataSet = DataSet.read(folder, regions, new Lookups(), options.prune());
		var summary = new LoadSummary();
		// Without --prune, a data set loaded before is told what it no longer lists (--prune says what it deletes).
		var recorded = options.prune() ? null : new Lookups().recorded(dataSet.id());
		boolean loadedBefore = recorded != null;
		// Rows as at this data set's last load: whatever the load changes, another data set or the curation API changed
		// since (two cities giving one zone two names put each other's back every week: said so, not as news).
		var checksum = dataSet.rows().checksum();
		summary.asLastLoaded(checksum.equals(recordedChecksum(dataSet.id())));
		if (!options.prune()) {
			// With --prune reading refused it; without, nothing is deleted, but the next --prune of either would.
			if (recorded != null && recorded.name() != null && !recorded.name().equals(dataSet.name())) {
				summary.warn("WARNING (警告): the graph records the data set '" + dataSet.id() + "' as '" + recorded.name()
						+ "'; this one, '" + dataSet.name() + "', has the same id in dataset.yaml, and "
						+ (options.dryRun() ? "loading it would rename it. If they are two data sets, give this one an"
								+ " id of its own first" : "this load renamed it. If they are two data sets, give this one"
										+ " an id of its own and load it again")
						+ ": a --prune of either would delete what the other loaded (两个数据集使用了同一编号，请为本数据集"
						+ "另起编号，否则清理时会删除对方的数据).");
			}
		}
		if (options.dryRun()) {
			for (var batch : dataSet.rows().batches()) {
				if (!batch.rows().isEmpty()) {
					summary.validated(batch.type(), batch.rows().size());
				}
			}
			try (var session = this.driver.session()) {
				var removals = CuratedRemovals.listedIn(dataSet.rows(), session, this.cypher);
				summary.removals(removals, options.restoreRemoved());
				// The load's own statement told to write nothing ($apply false), in a transaction rolled back whatever
				// happens, on the rows the load would write: it says what the load would keep and replace.
				var shared = new SharedFirms();
				var records = new SharedRecords();
				try (var tx = session.beginTransaction()) {
					shareFirms(tx, dataSet, options.restoreRemoved() ? CuratedRemovals.none() : removals, shared, records);
					tx.rollback();
				}
				shared.name(this::recordedName);
				records.name(this::recordedName);
				records.origins(dataSet.rows()::origin);
				summary.shared(shared, true);
				summary.records(records, true);
				if (options.prune()) {
					// The same figures as the load's guard, said as a warning: the dry run itself writes nothing.
					var refusal = pruneRefusal(session, dataSet, folder, options.pruneMax(), true);
					if (refusal != null) {
						summary.refuse(refusal);
					}
					// The prune's own queries told to write nothing ($apply false), in a transaction that is rolled back
					// whatever happens (Neo4j refuses their write clauses in a read transaction, written or not).
					var pruned = new Pruned();
					try (var tx = session.beginTransaction()) {
						pruned.audited(auditedFirms(tx, dataSet.rows(), dataSet.id()).size());
						prune(tx, dataSet.rows(), dataSet.id(), false, pruned);
						tx.rollback();
					}
					summary.pruned(pruned.deleted(), pruned.kept(), pruned.staying(), pruned.audited());
				}
				else if (loadedBefore) {
					// The same queries, the same way, on the graph before the load: what they find, it would leave.
					NotListed notListed;
					try (var tx = session.beginTransaction()) {
						notListed = notListed(tx, dataSet.rows(), dataSet.id());
						tx.rollback();
					}
					notListed.addTo(summary);
				}
			}
			summary.finish(Duration.ofNanos(System.nanoTime() - started), true);
			return summary;
		}
		if (options.prune()) {
			// Before anything is written, the schema's migration too: a file cut short is refused as a whole.
			String refusal;
			try (var session = this.driver.session()) {
				refusal = pruneRefusal(session, dataSet, folder, options.pruneMax(), false);
			}
			if (refusal != null) {
				throw new LoadException(refusal);
			}
		}
		new SchemaMigrator(this.driver).migrate();
		var reference = referenceRows(regions);
		var referenceChecksum = reference.checksum();
		// The built-in regions are rewritten only when they changed (a new release): it saves every load a second.
		boolean referenceCurrent = referenceChecksum.equals(recordedChecksum(REGIONS_DATASET));
		if (!referenceCurrent) {
			summary.regionsRewritten();
		}
		this.progress.start((referenceCurrent ? 0 : reference.size()) + dataSet.rows().size());
		try (var session = this.driver.session()) {
			var outcome = session.executeWrite(tx -> {
				this.progress.writing();
				SchemaLevelGuard.standard().beforeWrite(tx);
				// A retried transaction starts again from nothing: so do the counts.
				var written = new LinkedHashMap<String, LoadSummary.Counts>();
				var timings = new HashMap<String, Long>();
				var shared = new SharedFirms();
				var records = new SharedRecords();
				if (!referenceCurrent) {
					// A new release's regions replace what it wrote before: nothing of another data set's to report.
					write(tx, reference, REGIONS_DATASET, Map.of(), written, timings, CuratedRemovals.none(), shared,
							new SharedRecords());
					record(tx, REGIONS_DATASET, REGIONS_NAME, null, referenceChecksum, reference.size());
				}
				var removals = CuratedRemovals.listedIn(dataSet.rows(), tx, this.cypher);
				if (!dataSet.creditCodesGivenUp().isEmpty()) {
					// before any firm is written: the constraint is checked at each write, not at the commit
					tx.run(this.cypher.query("load/release-credit-codes"), Map.of("ids", dataSet.creditCodesGivenUp()))
						.consume();
				}
				write(tx, dataSet.rows(), dataSet.id(), dataSet.codesGivenUp(), written, timings,
						options.restoreRemoved() ? CuratedRemovals.none() : removals, shared, records);
				var pruned = new Pruned();
				NotListed notListed = null;
				if (options.prune()) {
					// The firms the prune deletes that have an audit trail, as they are before it (their links too).
					var audited = auditedFirms(tx, dataSet.rows(), dataSet.id());
					prune(tx, dataSet.rows(), dataSet.id(), true, pruned);
					pruned.audited(recordDeleted(tx, dataSet.id(), audited));
					pruned.addTo(written, timings);
				}
				else if (loadedBefore) {
					notListed = notListed(tx, dataSet.rows(), dataSet.id());
				}
				// A curator's removal committed after the first read and before the load wrote its row: read again,
				// last, and what the load wrote back of it deleted. One committed after this waits for the load's
				// commit, on the locks of the firms and links the load wrote. --restore-removed too: it restores the
				// removals the first read found, which its user was told of, not one made while the load ran.
				this.progress.phase("removed while loading");
				removals = removals.takeBackSince(dataSet.rows(), dataSet.id(), tx, this.cypher, written);
				if (countsAffected(written)) {
					// Derived data: recomputed from the graph as this transaction left it, so it rolls back with it.
					tx.run(this.cypher.query("firmcount/refresh"), java.util.Collections.singletonMap("chains", null))
						.consume();
				}
				record(tx, dataSet.id(), dataSet.name(), dataSet.asOf(), checksum, dataSet.rows().size());
				timings.forEach(summary::time);
				this.progress.committing();
				return new Written(written, removals, pruned, shared, records, notListed);
			});
			outcome.counts().forEach(summary::add);
			outcome.shared().name(this::recordedName);
			summary.shared(outcome.shared(), false);
			outcome.records().name(this::recordedName);
			outcome.records().origins(dataSet.rows()::origin);
			summary.records(outcome.records(), false);
			summary.removals(outcome.removals(), options.restoreRemoved());
			if (options.prune()) {
				summary.pruned(outcome.pruned().deleted(), outcome.pruned().kept(), outcome.pruned().staying(),
						outcome.pruned().audited());
			}
			if (outcome.notListed() != null) {
				outcome.notListed().addTo(summary);
			}
		}
		this.progress.finish();
		summary.finish(Duration.ofNanos(System.nanoTime() - started), false);
		return summary;
	}

	/** What --prune's guard says on the graph as it is before the load, or null when the prune may go on. */
	private String pruneRefusal(Session session, DataSet dataSet, java.nio.file.Path folder,
			double pruneMax, boolean dryRun) {
		return PruneGuard.refusal(session.executeRead(
				tx -> new PruneGuard(this.cypher).measure(tx, dataSet.rows(), dataSet.id(), folder)), pruneMax, dryRun);
	}

	/**
	 * What the load transaction wrote, per type, the removals its rows listed, what its --prune deleted, what it
	 * kept and replaced of the firms other sources list too, what it replaced of other records another data set wrote,
	 * and without --prune what the data set no longer lists (null on a first load).
	 */
	private record Written(Map<String, LoadSummary.Counts> counts, CuratedRemovals removals, Pruned pruned,
			SharedFirms shared, SharedRecords records, NotListed notListed) {
	}

	/**
	 * Writes every batch but the rows that would bring back what {@code kept} holds removed (counted as skipped).
	 * @param givenUp the firms whose codes the data set gives to others ({@link DataSet#codesGivenUp()})
	 */
	private void write(TransactionContext tx, GraphRows rows, String dataset, Map<String, List<String>> givenUp,
			Map<String, LoadSummary.Counts> written, Map<String, Long> timings, CuratedRemovals kept,
			SharedFirms shared, SharedRecords records) {
		for (var batch : rows.batches()) {
			this.progress.phase(batch.type());
			long batchStarted = System.nanoTime();
			var query = this.cypher.query(batch.query());
			var writable = writable(batch, kept);
			long skipped = batch.rows().size() - writable.size();
			var toWrite = oncePerLink(batch, writable);
			// a row repeating a link of another: the link is created or updated once, the row changes nothing more
			long unchanged = writable.size() - toWrite.size();
			long created = 0;
			long updated = 0;
			for (int from = 0; from < toWrite.size(); from += CHUNK) {
				var chunk = toWrite.subList(from, Math.min(toWrite.size(), from + CHUNK));
				var result = tx.run(query, parameters(chunk, dataset, givenUp, true)).single();
				created += result.get("created").asLong();
				updated += result.get("updated").asLong();
				unchanged += result.get("unchanged").asLong();
				if (batch.query().equals(FIRMS)) {
					shared.add(result.get("shared"));
					shared.namesakes(result.get("namesakes"));
					audit(tx, dataset, result.get("shared"), f -> f.get("conflicts").values());
				}
				else if (batch.query().equals(LOCATED)) {
					shared.moved(result.get("moves"));
					audit(tx, dataset, result.get("moves"), m -> List.of(m));
				}
				else if (SharedRecords.KINDS.containsKey(batch.query())) {
					records.add(batch.query(), result.get("shared"));
				}
				this.progress.advance(chunk.size());
			}
			this.progress.advance(skipped + writable.size() - toWrite.size());
			if (batch.rows().isEmpty()) {
				continue; // a type this data set does not use
			}
			written.merge(batch.type(), new LoadSummary.Counts(created, updated, unchanged, skipped),
					LoadSummary.Counts::plus);
			timings.merge(batch.type(), System.nanoTime() - batchStarted, Long::sum);
		}
	}

	/**
	 * Records in the audit trail each value this load replaced of a firm the curation API changed: the trail explains
	 * every value an analyst set, so it says too when a data set's reload set it otherwise (mutation {@code load}, actor
	 * {@code loader}, the fields before and after), in the load's transaction.
	 * @param changes a firm's replaced values, each {field (regionCode when absent), before, after}
	 */
	private void audit(TransactionContext tx, String dataset, Value firms,
			java.util.function.Function<Value, Iterable<Value>> changes) {
		for (var firm : firms.values()) {
			if (!firm.get("sharers").asList(Value::asString).contains(SharedFirms.CURATION)) {
				continue;
			}
			var before = new LinkedHashMap<String, Object>();
			var after = new LinkedHashMap<String, Object>();
			for (var change : changes.apply(firm)) {
				var field = change.get("field").isNull() ? "regionCode" : change.get("field").asString();
				before.put(field, change.get("before").asObject());
				after.put(field, change.get("after").asObject());
			}
			if (before.isEmpty()) {
				continue;
			}
			recordAudit(tx, dataset, firm.get("key").asString(), Map.of("dataSet", dataset), before, after);
		}
	}

	/** Writes one audit entry of this load (actor {@code loader}, mutation {@code load}) about a firm. */
	private void recordAudit(TransactionContext tx, String dataset, String firm, Map<String, Object> arguments,
			Map<String, Object> before, Map<String, Object> after) {
		var entry = new HashMap<String, Object>();
		entry.put("id", java.util.UUID.randomUUID().toString());
		entry.put("actor", LOAD_ACTOR);
		entry.put("mutation", LOAD_MUTATION);
		var asked = new java.util.TreeMap<String, Object>(arguments);
		asked.put("ranBy", RAN_BY); // the actor is always "loader": the auditor asks who ran it, and where
		entry.put("arguments", JSON.writeValueAsString(asked));
		entry.put("source", "dataset:" + dataset);
		entry.put("entityType", "Enterprise");
		entry.put("entityKey", firm);
		entry.put("before", before == null ? null : JSON.writeValueAsString(before));
		entry.put("after", after == null ? null : JSON.writeValueAsString(after));
		tx.run(this.cypher.query("curation/record-audit"), Map.of("entry", entry)).consume();
	}

	/**
	 * --prune: the firms it is about to delete that have an audit trail ({@code load/prune-audited}: the curation API
	 * changed them without making them its own), each as {@code curation/enterprise-snapshot} shows it now, before the
	 * prune takes this data set's links, without its {@code datasets} (as curation's entries leave them out).
	 */
	private Map<String, Map<String, Object>> auditedFirms(SimpleQueryRunner tx, GraphRows rows, String dataset) {
		var firms = rows.of(FIRMS).orElse(null);
		if (firms == null) {
			return Map.of(); // no firm table: the prune deletes no firm
		}
		var keys = tx.run(this.cypher.query("load/prune-audited"), Map.of("dataset", dataset, "keep", firms.keys()))
			.list(r -> r.get("key").asString());
		return snapshots(tx, keys);
	}

	/**
	 * Firms as the audit trail records them (sorted, no null, no {@code datasets}), by key, read in one statement;
	 * null for a key no firm has.
	 */
	private Map<String, Map<String, Object>> snapshots(SimpleQueryRunner tx, List<String> keys) {
		var snapshots = new LinkedHashMap<String, Map<String, Object>>();
		keys.forEach(key -> snapshots.put(key, null));
		tx.run(this.cypher.query("curation/enterprise-snapshot"), Map.of("keys", keys)).forEachRemaining(r -> {
			var state = new java.util.TreeMap<String, Object>();
			r.get("item").asMap().forEach((k, v) -> {
				if (v != null && !k.equals("datasets")) {
					state.put(k, v);
				}
			});
			snapshots.put(r.get("key").asString(), state);
		});
		return snapshots;
	}

	/**
	 * The last entry of the trail of each firm with one that the prune deleted: this load deleted it (before: the firm
	 * as it was, after: null), in the load's transaction.
	 * @return how many entries it wrote
	 */
	private long recordDeleted(TransactionContext tx, String dataset, Map<String, Map<String, Object>> audited) {
		long written = 0;
		var now = snapshots(tx, List.copyOf(audited.keySet()));
		for (var firm : audited.entrySet()) {
			if (now.get(firm.getKey()) == null) {
				recordAudit(tx, dataset, firm.getKey(), Map.of("dataSet", dataset, "prune", true), firm.getValue(), null);
				written++;
			}
		}
		return written;
	}

	/** The audit trail's actor and mutation for a value a load replaced of a curated firm. */
	public static final String LOAD_ACTOR = "loader";

	public static final String LOAD_MUTATION = "load";

	/** The account and machine a load runs as ({@code user@host}), in its audit entries' arguments as {@code ranBy}. */
	public static final String RAN_BY = System.getProperty("user.name", "unknown") + "@" + hostName();

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return System.getenv().getOrDefault("HOSTNAME", "unknown");
		}
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	/**
	 * The dry run's view of the firms and other records other sources wrote too: {@value #FIRMS}, {@value #LOCATED}
	 * and the statements of {@link SharedRecords#KINDS} with {@code $apply} false on the rows the load would write, in
	 * the chunks it would write them in.
	 */
	private void shareFirms(SimpleQueryRunner tx, DataSet dataSet, CuratedRemovals kept, SharedFirms shared,
			SharedRecords records) {
		for (var batch : dataSet.rows().batches()) {
			boolean firms = batch.query().equals(FIRMS);
			boolean other = SharedRecords.KINDS.containsKey(batch.query());
			if (!firms && !other && !batch.query().equals(LOCATED)) {
				continue;
			}
			var query = this.cypher.query(batch.query());
			var rows = writable(batch, kept);
			for (int from = 0; from < rows.size(); from += CHUNK) {
				var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
				var result = tx.run(query, parameters(chunk, dataSet.id(), dataSet.codesGivenUp(), false)).single();
				if (firms) {
					shared.add(result.get("shared"));
					shared.namesakes(result.get("namesakes"));
				}
				else if (other) {
					records.add(batch.query(), result.get("shared"));
				}
				else {
					shared.moved(result.get("moves"));
				}
			}
		}
	}

	/**
	 * The rows of a relationship batch with one row per link: rows repeating a (from, to) pair (one product in one
	 * segment named by several firms, two files stating one link) merged, the last one's properties winning, as
	 * {@code MERGE … SET r += props} row by row and the bulk import's files ({@code ImportFiles}) have it. Sent in one
	 * statement, every such row read the link as absent (the planner reads all rows before the first MERGE): "3
	 * created" for 2 links; and on a reload the first row's properties read as changed, "1 updated" every time.
	 * The batches that never repeat a pair ({@link StreamingDataSet#ONE_ROW_PER_LINK}) are passed as they are.
	 */
	private static List<Map<String, Object>> oncePerLink(GraphRows.Batch batch, List<Map<String, Object>> rows) {
		if (batch.prune().node() || StreamingDataSet.ONE_ROW_PER_LINK.contains(batch.query())) {
			return rows;
		}
		var byLink = new LinkedHashMap<List<Object>, Map<String, Object>>();
		rows.forEach(row -> byLink.put(java.util.Arrays.asList(row.get("from"), row.get("to")), row));
		return byLink.size() == rows.size() ? rows : List.copyOf(byLink.values());
	}

	/** The rows of a batch a load writes: all but those that would bring back what {@code kept} holds removed. */
	private static List<Map<String, Object>> writable(GraphRows.Batch batch, CuratedRemovals kept) {
		return kept.isEmpty() ? batch.rows() : batch.rows().stream().filter(row -> !kept.bringsBack(batch, row)).toList();
	}

	/**
	 * The parameters of a batch's statement; {@code givenUp} only {@value #FIRMS} reads, {@code apply} it and
	 * {@value #LOCATED}.
	 */
	private static Map<String, Object> parameters(List<Map<String, Object>> rows, String dataset,
			Map<String, List<String>> givenUp, boolean apply) {
		return Map.of("rows", rows, "dataset", dataset, "givenUp", givenUp, "apply", apply);
	}

	/** The name the graph records for a data set, or null. */
	private String recordedName(String id) {
		var recorded = new Lookups().recorded(id);
		return recorded == null ? null : recorded.name();
	}

	/**
	 * Whether the load changed anything the stored firm counts (FIRM_COUNT) are computed from: firms, segments, chains,
	 * regions, or the links between them.
	 */
	private static boolean countsAffected(Map<String, LoadSummary.Counts> written) {
		return written.entrySet()
			.stream()
			.anyMatch(e -> COUNTED.contains(e.getKey())
					&& (e.getValue().created() > 0 || e.getValue().updated() > 0 || e.getValue().deleted() > 0));
	}

	/**
	 * --prune: what this data set wrote before and no longer lists, after every write. Relationships first, so that
	 * what a node takes with it is only what others (another data set, curation, the import) listed, and a dry run
	 * ({@code apply} false, nothing written) counts each link once as the load would.
	 */
	private void prune(SimpleQueryRunner tx, GraphRows rows, String dataset, boolean apply, Pruned pruned) {
		var batches = rows.batches();
		for (boolean nodes : new boolean[] { false, true }) {
			for (var batch : batches.reversed()) {
				if (batch.prune().node() == nodes) {
					this.progress.phase("--prune " + batch.type());
					long started = System.nanoTime();
					prune(tx, batch, dataset, apply, pruned);
					pruned.time(batch.type(), System.nanoTime() - started);
				}
			}
		}
	}

	private void prune(SimpleQueryRunner tx, GraphRows.Batch batch, String dataset, boolean apply, Pruned pruned) {
		var spec = batch.prune();
		var parameters = new HashMap<String, Object>();
		parameters.put("dataset", dataset);
		parameters.put("apply", apply);
		parameters.put("sample", LoadSummary.SAMPLE);
		if (spec.node()) {
			parameters.put("label", spec.label());
			parameters.put("keyProperty", spec.key());
			parameters.put("keep", batch.keys());
			var result = tx.run(this.cypher.query("load/prune-nodes"), parameters).single();
			var sample = result.get("sample").asList(v -> {
				var name = v.get("name");
				return name.isNull() || name.asObject().toString().equals(v.get("key").asObject().toString())
						? String.valueOf(v.get("key").asObject()) : name.asObject() + " (" + v.get("key").asObject() + ")";
			});
			pruned.add(batch.type(), result.get("deleted").asLong(), result.get("kept").asLong(), sample);
			for (var kept : result.get("keptSample").asList(v -> v)) {
				var name = kept.get("name");
				var key = String.valueOf(kept.get("key").asObject());
				pruned.stays(batch.type(), (name.isNull() || name.asObject().toString().equals(key) ? key
						: name.asObject() + " (" + key + ")") + " by " + String.join(", ", kept.get("by").asList(Value::asString)));
			}
			for (var link : result.get("links").asList(v -> v)) {
				pruned.withNodes(link.get("type").asString(), link.get("count").asLong());
			}
			return;
		}
		parameters.putAll(links(batch));
		parameters.put("ofStart", spec.ofStart());
		var result = tx.run(this.cypher.query("load/prune-relationships"), parameters).single();
		var sample = result.get("sample").asList(v -> v.get("from").asObject() + " → " + v.get("to").asObject());
		pruned.add(batch.type(), result.get("deleted").asLong(), result.get("kept").asLong(), sample);
	}

	/**
	 * The parameters of a relationship batch's statements that --prune and the count of what a reload no longer lists
	 * share: the type, its ends' labels and keys, and the end keys it lists by start key ({@code keep}; a list of pairs
	 * made each link a scan of them all).
	 */
	private static Map<String, Object> links(GraphRows.Batch batch) {
		var spec = batch.prune();
		var keep = new HashMap<String, List<Object>>();
		batch.rows().stream().filter(r -> r.get("to") != null)
			.forEach(r -> keep.computeIfAbsent(String.valueOf(r.get("from")), k -> new ArrayList<>()).add(r.get("to")));
		var parameters = new HashMap<String, Object>();
		parameters.put("type", batch.type());
		parameters.put("fromLabel", spec.label());
		parameters.put("fromKey", spec.key());
		parameters.put("toLabel", spec.endLabel());
		parameters.put("toKey", spec.endKey());
		parameters.put("keep", keep);
		return parameters;
	}

	/**
	 * Without --prune: the nodes (firms, chains, segments …) this data set loaded before and no longer lists, found by
	 * the prune's own queries told to write nothing ({@code $apply} false), the firms among them named as a firm it
	 * lists now (a corrected id?), and the links it no longer lists between things it still lists (a firm moved to
	 * another segment stays in the old one too). In the load's transaction after its writes, or in a dry run's rolled
	 * back on the graph as it is: the same. The links through the listed firms' ids ({@code load/unlisted-links}), not
	 * the prune's scan of every link of a type in the graph (5-7 s a type on the 1,000,000-firm graph, for a reload of
	 * any size); the firms' label is one scan (0.7 s).
	 */
	private NotListed notListed(SimpleQueryRunner tx, GraphRows rows, String dataset) {
		var pruned = new Pruned();
		var listed = new HashMap<String, List<Object>>();
		for (var batch : rows.batches()) {
			if (batch.prune().node()) {
				this.progress.phase("no longer listed: " + batch.type());
				prune(tx, batch, dataset, false, pruned);
				listed.computeIfAbsent(batch.prune().label(), l -> new ArrayList<>()).addAll(batch.keys());
			}
		}
		for (var batch : rows.batches()) {
			var spec = batch.prune();
			// A firm's one region is replaced by every load (load/enterprise-located-in): none left to find, and at
			// 1,000,000 listed firms the most costly type to look through (26 s).
			if (!spec.node() && !spec.ofStart() && listed.containsKey(spec.label())) {
				this.progress.phase("no longer listed: " + batch.type());
				var parameters = links(batch);
				parameters.put("from", listed.get(spec.label()));
				parameters.put("ends", listed.getOrDefault(spec.endLabel(), List.of()));
				parameters.put("dataset", dataset);
				parameters.put("sample", LoadSummary.SAMPLE);
				var result = tx.run(this.cypher.query("load/unlisted-links"), parameters).single();
				long elsewhere = result.get("elsewhere").asLong();
				pruned.add(batch.type(), result.get("count").asLong() - elsewhere, elsewhere,
						result.get("sample").asList(v -> v.get("from").asObject() + " → " + v.get("to").asObject()));
			}
		}
		var namesakes = new ArrayList<LoadSummary.Namesake>();
		long count = 0;
		var firms = rows.of(FIRMS).orElse(null);
		if (firms != null && (pruned.deleted().containsKey("Enterprise") || pruned.kept().containsKey("Enterprise"))) {
			var names = new HashMap<String, Object>();
			for (var row : firms.rows()) {
				var name = ((Map<?, ?>) row.get("props")).get("name");
				if (name != null) {
					names.putIfAbsent(name.toString(), row.get("key"));
				}
			}
			var parameters = new HashMap<String, Object>();
			parameters.put("dataset", dataset);
			parameters.put("keep", firms.keys());
			parameters.put("names", names);
			parameters.put("sample", LoadSummary.SAMPLE);
			var result = tx.run(this.cypher.query("load/stale-namesakes"), parameters).single();
			count = result.get("count").asLong();
			result.get("sample").asList(v -> v).forEach(v -> namesakes.add(new LoadSummary.Namesake(v.get("name").asString(),
					v.get("stale").asString(), v.get("listed").asString())));
		}
		return new NotListed(pruned, namesakes, count);
	}

	/** What {@link #notListed} found: as a --prune would see it, and the firms named as one the data set lists now. */
	private record NotListed(Pruned pruned, List<LoadSummary.Namesake> namesakes, long namesakeCount) {

		void addTo(LoadSummary summary) {
			summary.notListed(this.pruned.deleted(), this.pruned.kept(), this.namesakes, this.namesakeCount);
		}

	}

	/** What a --prune deleted (or would delete), per type, and what it let go that stays. */
	private static final class Pruned {

		/** How many of the firms it deleted had an audit trail, which got the entry of their deletion. */
		private long audited;

		void audited(long firms) {
			this.audited = firms;
		}

		long audited() {
			return this.audited;
		}

		private final Map<String, LoadSummary.Deleted> deleted = new LinkedHashMap<>();

		private final Map<String, Long> kept = new LinkedHashMap<>();

		/** The first few nodes of each label it let go of that stay, each with who keeps it. */
		private final Map<String, List<String>> staying = new LinkedHashMap<>();

		private final Map<String, Long> nanos = new HashMap<>();

		void add(String type, long count, long letGo, List<String> sample) {
			if (count > 0) {
				this.deleted.merge(type, new LoadSummary.Deleted(count, sample, 0), LoadSummary.Deleted::plus);
			}
			if (letGo > 0) {
				this.kept.merge(type, letGo, Long::sum);
			}
		}

		void stays(String type, String node) {
			this.staying.computeIfAbsent(type, t -> new ArrayList<>()).add(node);
		}

		Map<String, List<String>> staying() {
			return this.staying;
		}

		void withNodes(String type, long count) {
			this.deleted.merge(type, new LoadSummary.Deleted(count, List.of(), count), LoadSummary.Deleted::plus);
		}

		void time(String type, long nanos) {
			this.nanos.merge(type, nanos, Long::sum);
		}

		Map<String, LoadSummary.Deleted> deleted() {
			return this.deleted;
		}

		Map<String, Long> kept() {
			return this.kept;
		}

		/** Into the load's counts: deleted as such, let go (the element changed: its datasets) as updated. */
		void addTo(Map<String, LoadSummary.Counts> written, Map<String, Long> timings) {
			this.deleted.forEach((type, d) -> written.merge(type, new LoadSummary.Counts(0, 0, 0, 0, d.count()),
					LoadSummary.Counts::plus));
			this.kept.forEach((type, n) -> written.merge(type, new LoadSummary.Counts(0, n, 0, 0),
					LoadSummary.Counts::plus));
			this.nanos.forEach((type, n) -> {
				if (written.containsKey(type)) {
					timings.merge(type, n, Long::sum);
				}
			});
		}

	}

	private void record(TransactionContext tx, String id, String name, String asOf, String checksum, long rows) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("name", name == null ? id : name);
		parameters.put("format", DataSet.FORMAT);
		parameters.put("asOf", asOf == null ? null : java.time.LocalDate.parse(asOf));
		parameters.put("checksum", checksum);
		parameters.put("rows", rows);
		tx.run(this.cypher.query("load/data-set"), parameters).consume();
	}

	/**
	 * Records a data set written by other means (the first-load bulk import) exactly as a load records it, so that
	 * loading the same input later finds it unchanged.
	 * @param asOf the date its content describes ({@code asOf} in dataset.yaml), or null
	 * @param checksum the {@link io.chaingraph.loader.dataset.RowChecksum} of its rows
	 */
	public void recordWritten(String id, String name, String asOf, String checksum, long rows) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> record(tx, id, name, asOf, checksum, rows));
		}
	}

	private String recordedChecksum(String id) {
		try (var session = this.driver.session()) {
			var value = session.executeRead(tx -> tx.run(this.cypher.query("load/data-set-checksum"), Map.of("id", id))
				.single()
				.get("checksum"));
			return value.isNull() ? null : value.asString();
		}
	}

	/** What reading a data set asks of this graph. */
	private final class Lookups implements InGraph {

		@Override
		public Set<String> existing(KeySpace space, Collection<String> keys) {
			try (var session = GraphLoader.this.driver.session()) {
				var found = session.executeRead(tx -> tx
					.run(GraphLoader.this.cypher.query("load/existing/" + FILES.get(space)), Map.of("keys", List.copyOf(keys)))
					.single()
					.get("found")
					.asList(Value::asString));
				return new HashSet<>(found);
			}
		}

		@Override
		public Map<String, String> prunable(String dataset, KeySpace space, Collection<String> keys) {
			try (var session = GraphLoader.this.driver.session()) {
				var found = session.executeRead(tx -> tx
					.run(GraphLoader.this.cypher.query("load/prunable/" + FILES.get(space)),
							Map.of("keys", List.copyOf(keys), "dataset", dataset))
					.single()
					.get("found")
					.asList(v -> v));
				var names = new HashMap<String, String>();
				found.forEach(v -> names.put(v.get("key").asString(), v.get("name").isNull() ? null : v.get("name").asString()));
				return names;
			}
		}

		@Override
		public Map<String, List<HeldValues.Holder>> holders(String column, Collection<String> values) {
			try (var session = GraphLoader.this.driver.session()) {
				return session.executeRead(tx -> {
					var holders = new HashMap<String, List<HeldValues.Holder>>();
					tx.run(GraphLoader.this.cypher.query(HELD.get(column)), Map.of("values", List.copyOf(values)))
						.forEachRemaining(r -> holders.computeIfAbsent(r.get("value").asString(), v -> new ArrayList<>())
							.add(new HeldValues.Holder(r.get("id").asString(), r.get("name").asString(null),
									r.get("datasets").asList(Value::asString), r.get("source").asString(null))));
					return holders;
				});
			}
		}

		@Override
		public List<CooperationAreas.Area> cooperationAreas(Collection<String> codes) {
			try (var session = GraphLoader.this.driver.session()) {
				return session.executeRead(tx -> tx.run(GraphLoader.this.cypher.query("load/existing/cooperation-areas"),
						Map.of("keys", List.copyOf(codes)))
					.list(r -> new CooperationAreas.Area(r.get("code").asString(), r.get("name").asString(),
							r.get("members").asList(Value::asString), r.get("memberNames").asList(Value::asString))));
			}
		}

		@Override
		public Recorded recorded(String id) {
			try (var session = GraphLoader.this.driver.session()) {
				var record = session.executeRead(tx -> tx.run(GraphLoader.this.cypher.query("load/data-set-recorded"),
						Map.of("id", id)).single());
				return record.get("name").isNull() ? null
						: new Recorded(record.get("name").asString(),
								record.get("loadedOn").isNull() ? null : record.get("loadedOn").asString());
			}
		}

	}

	private static GraphRows referenceRows(List<Region> regions) {
		var rows = new GraphRows();
		referenceRows(regions, rows);
		return rows;
	}

	/** The rows of the built-in regions (data set {@value #REGIONS_DATASET}): every region, then their PART_OF. */
	public static void referenceRows(List<Region> regions, GraphRowSink rows) {
		rows.dataSet(REGIONS_DATASET);
		rows.declareNodes("Region", "load/regions", "code");
		rows.declareRelationships("PART_OF", "load/region-part-of", "Region", "code", "Region", "code");
		for (var region : regions) {
			var props = new HashMap<String, Object>();
			props.put("code", region.code());
			props.put("name", region.name());
			props.put("fullName", region.fullName());
			props.put("level", region.level().name());
			props.put("source", region.source());
			props.put("quote", null);
			props.put("illustrative", false);
			rows.node("Region", "load/regions", "code", region.code(), props);
		}
		for (var region : regions) {
			rows.relationship("PART_OF", "load/region-part-of", "Region", "code", "Region", "code", region.code(),
					region.parentCode(), Map.of("source", region.source()));
		}
	}

}
