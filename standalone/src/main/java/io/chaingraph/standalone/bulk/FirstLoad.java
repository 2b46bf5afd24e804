package io.chaingraph.standalone.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.loader.bulk.ImportFiles;
import io.chaingraph.loader.dataset.GraphRowSink;
import io.chaingraph.loader.dataset.RowChecksum;
import io.chaingraph.loader.dataset.StreamingDataSet;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaMigrator;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The first load of a data set into an EMPTY embedded store, through Neo4j's offline bulk importer: the fast path
 * for millions of rows. The result is the graph a transactional load ({@link GraphLoader}) writes for the same input:
 * same labels, types and properties (the same row builder feeds both), the built-in regions, the schema, and the
 * {@code (:DataSet)} records with the same checksums, so that loading the same data set again transactionally finds
 * nothing to change.
 * <ol>
 * <li>validate + write CSV: one streaming pass ({@link StreamingDataSet}) checks every record with the loader's own
 * rules while a second thread writes the importer's CSV files ({@link ImportFiles}); any problem stops here, nothing
 * written;</li>
 * <li>import: {@code neo4j-admin database import full} into a new store next to the old one, moved into place only
 * when it succeeded ({@link BulkImporter});</li>
 * <li>start + schema: the embedded server starts on the store, the schema migrations create the constraints (each
 * built before its statement returns), then the lookup, text and full-text indexes (built in the background);</li>
 * <li>record: the {@code (:DataSet)} nodes, as {@link GraphLoader} records them. From here the graph is usable: it
 * answers every query, with every constraint in place (a query the planner would answer from an index still being
 * built scans instead; a full-text search waits for its index);</li>
 * <li>other indexes online: the load waits until every index is online.</li>
 * </ol>
 * Memory is bounded by the keys, not the rows; the caller checks that the store is empty or missing and that no
 * server runs on it.
 */
public final class FirstLoad {

	/** How long the load waits for index population before failing. */
	private static final long INDEX_WAIT_SECONDS = 3_600;

	/** The last phase: the graph answers queries before it, with every constraint in place. */
	public static final String INDEXES_ONLINE = "other indexes online";

	private static final org.neo4j.driver.Config QUIET = org.neo4j.driver.Config.builder()
		.withLogging(org.neo4j.driver.Logging.none())
		.build();

	/**
	 * One step and how long it took.
	 *
	 * @param name the step, e.g. {@code import}
	 * @param nanos its duration
	 */
	public record Phase(String name, long nanos, long cpuNanos) {

		public double seconds() {
			return this.nanos / 1e9;
		}

		/** CPU time of the whole process (every thread) during the step: less sensitive to other load than wall time. */
		public double cpuSeconds() {
			return this.cpuNanos / 1e9;
		}

	}

	/** Ends one phase and starts the next: wall-clock and process CPU time; says each as it ends. */
	private static final class Laps {

		private final List<Phase> phases = new ArrayList<>();

		/** A first load of a million firms took minutes with one line on the screen, the one saying it began. */
		private final PrintStream out;

		private long wall = System.nanoTime();

		private long cpu = cpuNow();

		Laps(PrintStream out) {
			this.out = out;
		}

		void lap(String name) {
			long wallNow = System.nanoTime();
			long cpuNow = cpuNow();
			var phase = new Phase(name, wallNow - this.wall, cpuNow - this.cpu);
			this.phases.add(phase);
			this.wall = wallNow;
			this.cpu = cpuNow;
			if (this.out != null) {
				this.out.printf("  %-28s %8.1f s%n", name, phase.seconds());
				this.out.flush();
			}
		}

		private static long cpuNow() {
			return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
					? os.getProcessCpuTime() : 0;
		}

	}

	/**
	 * What a first load did.
	 *
	 * @param dataSetId the data set loaded
	 * @param records CSV records read
	 * @param rows graph rows written (one per node or relationship row, the built-in regions included)
	 * @param nodes nodes by label
	 * @param relationships relationships by type
	 * @param csvBytes the size of the importer's input files
	 * @param writeNanos how long the writing thread was busy formatting and writing CSV, during the first phase
	 * @param phases the steps, in order
	 */
	public record Result(String dataSetId, long records, long rows, Map<String, Long> nodes,
			Map<String, Long> relationships, long csvBytes, long writeNanos, List<Phase> phases) {

		public long nodeCount() {
			return this.nodes.values().stream().mapToLong(Long::longValue).sum();
		}

		public long relationshipCount() {
			return this.relationships.values().stream().mapToLong(Long::longValue).sum();
		}

		/** The derived firm counts ({@code FIRM_COUNT}): computed while the files were written, not loaded. */
		public long derivedCount() {
			return this.relationships.getOrDefault(io.chaingraph.loader.bulk.FirmCounts.TYPE, 0L);
		}

		/**
		 * The data set's nodes and relationships, the figure elements per second are about; the derived firm counts
		 * are left out, so adding derived data never makes a load look faster.
		 */
		public long elements() {
			return nodeCount() + relationshipCount() - derivedCount();
		}

		/** From the first record read to the graph ready, indexes online. */
		public long nanos() {
			return this.phases.stream().mapToLong(Phase::nanos).sum();
		}

		/** Until the graph answered queries with every constraint online: all but the wait for the other indexes. */
		public long usableNanos() {
			return this.phases.stream().filter(p -> !p.name().equals(INDEXES_ONLINE)).mapToLong(Phase::nanos).sum();
		}

		/** A small table a person reads at the end of a load. */
		public String render() {
			var out = new StringBuilder();
			out.append("Loaded by bulk import into the empty store (首次批量导入完成)\n");
			out.append(String.format("  %-16s %12s%n", "type 类型", "created 新增"));
			this.nodes.forEach((type, n) -> out.append(String.format("  %-16s %,12d%n", type, n)));
			this.relationships.forEach((type, n) -> out.append(String.format("  %-16s %,12d%n", type, n)));
			for (var phase : this.phases) {
				out.append(String.format("  %-28s %8.1f s%n", phase.name(), phase.seconds()));
			}
			double seconds = Math.max(nanos(), 1) / 1e9;
			double usable = Math.max(usableNanos(), 1) / 1e9;
			out.append(String.format("  graph usable after %.1f s (%,.0f elements/s): every constraint online, queries"
					+ " answered while the other indexes were built (可查询)%n", usable, elements() / usable));
			out.append(String.format("  %,d rows, %,d nodes + %,d relationships in %.1f s (%,.0f rows/s, %,.0f elements/s;"
					+ " %,d derived firm counts not counted as elements)%n", this.rows, nodeCount(),
					relationshipCount() - derivedCount(), seconds, this.rows / seconds, elements() / seconds, derivedCount()));
			// The last line, as a transactional load ends: what a cron mail's reader and a script look at. Without the
			// derived firm counts, as the transactional loader counts: the same data set, the same figure.
			out.append(LoadSummary.changed(elements(), 0, 0)).append('\n');
			return out.toString();
		}

	}

	private FirstLoad() {
	}

	/**
	 * Loads a data set folder into the store, silently (the benchmark, tests).
	 * @see #run(Path, Path, String, PrintStream, PrintStream, PrintStream, Consumer)
	 */
	public static Result run(Path dataSet, Path store, String pageCache, PrintStream log, Consumer<Driver> whileRunning) {
		return run(dataSet, store, pageCache, log, null, null, whileRunning);
	}

	/**
	 * Loads a data set folder into the store.
	 * @param dataSet the data set folder (loader/FORMATS.md)
	 * @param store the embedded store's folder: missing, holding an empty graph, or an unfinished first load
	 *        ({@link UnfinishedFirstLoad}); no server may run on it
	 * @param pageCache the page cache of the server started on the result
	 * @param log receives the importer's progress
	 * @param out receives each step as it ends (null: nothing)
	 * @param err receives what a stop (Ctrl-C, SIGTERM) left in the store, and the scratch folders of earlier
	 *        stopped loads removed (null: nothing)
	 * @param whileRunning called with a driver on the loaded graph before the server stops (not timed)
	 * @throws io.chaingraph.loader.source.LoadException when the input has problems; the store is untouched
	 * @throws BulkImporter.ImportFailedException when the import fails; the store is untouched
	 */
	public static Result run(Path dataSet, Path store, String pageCache, PrintStream log, PrintStream out,
			PrintStream err, Consumer<Driver> whileRunning) {
		var started = OffsetDateTime.now();
		var scratch = Scratch.create(store, err);
		var work = scratch.folder();
		var step = new Step();
		// A stop ended the JVM past every finally: the scratch folder (a gigabyte of CSV at a million firms) stayed
		// beside the store, one more for each stop, and nothing said what the store held.
		var stopped = new Thread(() -> {
			if (err != null) {
				err.println();
				err.println(step.stopNotice(store, dataSet, work));
				err.flush();
			}
			scratch.close();
		}, "chaingraph-first-load-stopped");
		Runtime.getRuntime().addShutdownHook(stopped);
		try {
			var phases = new Laps(out);
			var regions = RegionReference.shipped();
			var reference = new RowChecksum();
			var files = new ImportFiles(work.resolve("csv"), StreamingDataSet.ONE_ROW_PER_LINK);
			StreamingDataSet.Result read;
			try (files) {
				GraphLoader.referenceRows(regions, GraphRowSink.both(reference, files));
				read = StreamingDataSet.read(dataSet, regions, files);
			}
			// Two threads: one reads and checks, the other writes the CSV files (busy for writeNanos of it).
			phases.lap("validate + write CSV");
			long writing = files.writeNanos();
			if (files.unresolved() > 0) {
				throw new IllegalStateException(files.unresolved() + " rows of the import files name a node twice or"
						+ " a node that is not there, though the data set passed its checks: not imported");
			}

			var arguments = files.arguments();
			BulkImporter.importInto(store, work, arguments, log);
			UnfinishedFirstLoad.mark(store, dataSet, started);
			step.now = Step.IMPORTED;
			phases.lap("import");

			try (var server = EmbeddedNeo4j.start(store, "localhost:0", pageCache);
					var driver = GraphDatabase.driver(server.boltUri(), server.authToken(), QUIET)) {
				phases.lap("start");

				// The constraints first, each building its index with both cores; then the other indexes, which build
				// in the background while the graph already answers queries.
				new SchemaMigrator(driver).migrateTogether();
				phases.lap("schema, constraints online");

				var loader = new GraphLoader(driver);
				loader.recordWritten(GraphLoader.REGIONS_DATASET, GraphLoader.REGIONS_NAME, null, reference.value(),
						reference.rows());
				loader.recordWritten(read.id(), read.name() == null ? read.id() : read.name(), read.asOf(),
						read.checksum(), read.rows());
				UnfinishedFirstLoad.clear(store);
				step.now = Step.RECORDED;
				phases.lap("record");

				try (var session = driver.session()) {
					session.run(CypherCatalog.standard().query("system/await-indexes"), Map.of("seconds", INDEX_WAIT_SECONDS))
						.consume();
				}
				phases.lap(INDEXES_ONLINE);
				whileRunning.accept(driver);
			}
			step.now = Step.DONE;
			return new Result(read.id(), read.records(), read.rows() + reference.rows(), files.nodes(),
					files.relationships(), files.bytes(), writing, List.copyOf(phases.phases));
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(stopped);
				scratch.close();
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: the hook says what the store holds and removes the scratch folder
			}
		}
	}

	/** How far a first load got, for what a stop leaves: the store as it was, an unfinished import, or the graph. */
	private static final class Step {

		static final int IMPORTING = 0;

		static final int IMPORTED = 1;

		static final int RECORDED = 2;

		static final int DONE = 3;

		volatile int now = IMPORTING;

		String stopNotice(Path store, Path dataSet, Path work) {
			var at = store.toAbsolutePath();
			return switch (this.now) {
				case IMPORTING -> "Stopped before the import finished (导入已中断): the store " + at + " is as it was;"
						+ " nothing of " + dataSet + " was imported. The scratch folder " + work + " is removed."
						+ " Run the same command again to load it.";
				case IMPORTED -> "Stopped after the import, before the load was recorded (首次导入未完成): " + at
						+ " holds the imported graph without its schema and data set record, marked as unfinished;"
						+ " ./chaingraph serve will not start on it. "
						+ new UnfinishedFirstLoad(at, dataSet.toAbsolutePath().normalize().toString(), "").action();
				case RECORDED -> "Stopped while indexes were being built (索引建立中): the graph of " + dataSet
						+ " is loaded and recorded in " + at + "; the remaining indexes finish building when the store"
						+ " next starts (searches wait for them).";
				default -> null;
			};
		}

	}

}
