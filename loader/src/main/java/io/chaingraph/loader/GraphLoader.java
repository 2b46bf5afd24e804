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
import io.chaingraph.loader.dataset.KeySpace;
import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
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
	public static final String REGIONS_DATASET = "regions-cn";

	/** The name under which the built-in administrative divisions are recorded. */
	public static final String REGIONS_NAME = "中华人民共和国行政区划 (GB/T 2260, regions-cn)";

	private static final int CHUNK = 10_000;

	private static final Map<KeySpace, String> EXISTING = Map.of(KeySpace.REGION, "load/existing/regions", KeySpace.CHAIN,
			"load/existing/chains", KeySpace.SEGMENT, "load/existing/segments", KeySpace.ENTERPRISE,
			"load/existing/enterprises", KeySpace.CLUSTER, "load/existing/clusters", KeySpace.DOCUMENT,
			"load/existing/policy-documents");

	/** The query that finds the firms of the graph with some values of a unique column ({@link HeldValues}). */
	private static final Map<String, String> HELD = Map.of("creditCode", "load/existing/enterprise-credit-codes",
			"stockCode", "load/existing/enterprise-stock-codes");

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
	 */
	public record Options(boolean dryRun, boolean prune, boolean restoreRemoved) {

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
		var dataSet = DataSet.read(folder, regions, this::existing, this::holders, this::cooperationAreas);
		var summary = new LoadSummary();
		if (options.dryRun()) {
			for (var batch : dataSet.rows().batches()) {
				if (!batch.rows().isEmpty()) {
					summary.validated(batch.type(), batch.rows().size());
				}
			}
			try (var session = this.driver.session()) {
				summary.removals(CuratedRemovals.listedIn(dataSet.rows(), session, this.cypher),
						options.restoreRemoved());
			}
			summary.finish(Duration.ofNanos(System.nanoTime() - started), true);
			return summary;
		}
		new SchemaMigrator(this.driver).migrate();
		var reference = referenceRows(regions);
		var referenceChecksum = reference.checksum();
		// The built-in regions are rewritten only when they changed (a new release): it saves every load a second.
		boolean referenceCurrent = referenceChecksum.equals(recordedChecksum(REGIONS_DATASET));
		this.progress.start((referenceCurrent ? 0 : reference.size()) + dataSet.rows().size());
		try (var session = this.driver.session()) {
			var outcome = session.executeWrite(tx -> {
				SchemaLevelGuard.standard().beforeWrite(tx);
				// A retried transaction starts again from nothing: so do the counts.
				var written = new LinkedHashMap<String, LoadSummary.Counts>();
				var timings = new HashMap<String, Long>();
				if (!referenceCurrent) {
					write(tx, reference, REGIONS_DATASET, false, written, timings, CuratedRemovals.none());
					record(tx, REGIONS_DATASET, REGIONS_NAME, null, referenceChecksum, reference.size());
				}
				var removals = CuratedRemovals.listedIn(dataSet.rows(), tx, this.cypher);
				if (!dataSet.creditCodesGivenUp().isEmpty()) {
					// before any firm is written: the constraint is checked at each write, not at the commit
					tx.run(this.cypher.query("load/release-credit-codes"), Map.of("ids", dataSet.creditCodesGivenUp()))
						.consume();
				}
				write(tx, dataSet.rows(), dataSet.id(), options.prune(), written, timings,
						options.restoreRemoved() ? CuratedRemovals.none() : removals);
				if (countsAffected(written)) {
					// Derived data: recomputed from the graph as this transaction left it, so it rolls back with it.
					tx.run(this.cypher.query("firmcount/refresh"), java.util.Collections.singletonMap("chains", null))
						.consume();
				}
				record(tx, dataSet.id(), dataSet.name(), dataSet.asOf(), dataSet.rows().checksum(), dataSet.rows().size());
				timings.forEach(summary::time);
				return new Written(written, removals);
			});
			outcome.counts().forEach(summary::add);
			summary.removals(outcome.removals(), options.restoreRemoved());
		}
		this.progress.finish();
		summary.finish(Duration.ofNanos(System.nanoTime() - started), false);
		return summary;
	}

	/** What the load transaction wrote, per type, and the removals its rows listed. */
	private record Written(Map<String, LoadSummary.Counts> counts, CuratedRemovals removals) {
	}

	/** Writes every batch but the rows that would bring back what {@code kept} holds removed (counted as skipped). */
	private void write(TransactionContext tx, GraphRows rows, String dataset, boolean prune,
			Map<String, LoadSummary.Counts> written, Map<String, Long> timings, CuratedRemovals kept) {
		for (var batch : rows.batches()) {
			this.progress.phase(batch.type());
			long batchStarted = System.nanoTime();
			var query = this.cypher.query(batch.query());
			var toWrite = kept.isEmpty() ? batch.rows()
					: batch.rows().stream().filter(row -> !kept.bringsBack(batch, row)).toList();
			long skipped = batch.rows().size() - toWrite.size();
			long created = 0;
			long updated = 0;
			long unchanged = 0;
			for (int from = 0; from < toWrite.size(); from += CHUNK) {
				var chunk = toWrite.subList(from, Math.min(toWrite.size(), from + CHUNK));
				var result = tx.run(query, Map.of("rows", chunk, "dataset", dataset)).single();
				created += result.get("created").asLong();
				updated += result.get("updated").asLong();
				unchanged += result.get("unchanged").asLong();
				this.progress.advance(chunk.size());
			}
			this.progress.advance(skipped);
			long pruned = prune ? prune(tx, batch, dataset) : 0;
			if (batch.rows().isEmpty() && pruned == 0) {
				continue; // a type this data set does not use
			}
			var counts = new LoadSummary.Counts(created, updated + pruned, unchanged, skipped);
			written.merge(batch.type(), counts, LoadSummary.Counts::plus);
			timings.merge(batch.type(), System.nanoTime() - batchStarted, Long::sum);
		}
	}

	/**
	 * Whether the load changed anything the stored firm counts (FIRM_COUNT) are computed from: firms, segments, chains,
	 * regions, or the links between them.
	 */
	private static boolean countsAffected(Map<String, LoadSummary.Counts> written) {
		return written.entrySet()
			.stream()
			.anyMatch(e -> COUNTED.contains(e.getKey()) && (e.getValue().created() > 0 || e.getValue().updated() > 0));
	}

	private long prune(TransactionContext tx, GraphRows.Batch batch, String dataset) {
		var spec = batch.prune();
		if (spec.node()) {
			var keep = batch.rows().stream().map(r -> r.get("key")).toList();
			return tx.run(this.cypher.query("load/prune-nodes"), Map.of("label", spec.label(), "keyProperty", spec.key(),
					"keep", keep, "dataset", dataset)).single().get("pruned").asLong();
		}
		var keep = batch.rows().stream().filter(r -> r.get("to") != null).map(r -> List.of(r.get("from"), r.get("to"))).toList();
		var parameters = new HashMap<String, Object>();
		parameters.put("type", batch.type());
		parameters.put("fromLabel", spec.label());
		parameters.put("fromKey", spec.key());
		parameters.put("toLabel", spec.endLabel());
		parameters.put("toKey", spec.endKey());
		parameters.put("keep", keep);
		parameters.put("dataset", dataset);
		return tx.run(this.cypher.query("load/prune-relationships"), parameters).single().get("pruned").asLong();
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

	/** Which of these region codes name a cooperation area in the graph, with its members. */
	private List<CooperationAreas.Area> cooperationAreas(Collection<String> codes) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.cypher.query("load/existing/cooperation-areas"),
					Map.of("keys", List.copyOf(codes)))
				.list(r -> new CooperationAreas.Area(r.get("code").asString(), r.get("name").asString(),
						r.get("members").asList(Value::asString), r.get("memberNames").asList(Value::asString))));
		}
	}

	/** Which of these keys already name a node in the graph. */
	private Set<String> existing(KeySpace space, Collection<String> keys) {
		try (var session = this.driver.session()) {
			var found = session.executeRead(tx -> tx.run(this.cypher.query(EXISTING.get(space)), Map.of("keys", List.copyOf(keys)))
				.single()
				.get("found")
				.asList(Value::asString));
			return new HashSet<>(found);
		}
	}

	/** Which firms of the graph already have some of these credit codes or stock codes. */
	private Map<String, List<HeldValues.Holder>> holders(String column, Collection<String> values) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				var holders = new HashMap<String, List<HeldValues.Holder>>();
				tx.run(this.cypher.query(HELD.get(column)), Map.of("values", List.copyOf(values)))
					.forEachRemaining(r -> holders.computeIfAbsent(r.get("value").asString(), v -> new ArrayList<>())
						.add(new HeldValues.Holder(r.get("id").asString(), r.get("name").asString(null),
								r.get("datasets").asList(Value::asString), r.get("source").asString(null))));
				return holders;
			});
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
