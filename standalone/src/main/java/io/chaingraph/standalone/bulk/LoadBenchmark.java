package io.chaingraph.standalone.bulk;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.dataset.Provenance;
import io.chaingraph.loader.generate.GenerateCommand;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.loader.source.CsvSource;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code ./chaingraph bench load}: the loader's throughput on this machine, three ways, in one run.
 * <ol>
 * <li>the first-load fast path ({@link FirstLoad}) for N synthetic firms (default 1,000,000) into a fresh embedded
 * store, with the time of each phase and the peak heap;</li>
 * <li>the transactional loader ({@link GraphLoader}: validation in memory, one transaction of {@code UNWIND} batches)
 * on a smaller set (default 20,000 firms: it holds every row in memory) into a fresh store;</li>
 * <li>the naive way on 10,000 firms: one {@code MERGE} per row and transaction, over Bolt
 * ({@code cypher/queries/bench/}).</li>
 * </ol>
 * Data sets are generated into the work folder ({@code ./chaingraph generate}, same seed) and reused by later runs;
 * the stores are deleted at the end unless {@code --keep}. A command, not a test: it takes minutes at full size.
 */
public final class LoadBenchmark {

	static final String USAGE_TEXT = """
			usage: bench load [--enterprises N] [--seed S] [--transactional N] [--naive N] [--work DIR] [--keep]
			  --enterprises N     firms for the fast path (default 1000000)
			  --seed S            the generator's seed (default 1)
			  --transactional N   firms for the transactional loader (default 20000; 0 skips it)
			  --naive N           firms for the one-row-per-transaction baseline (default 10000; 0 skips it)
			  --work DIR          where data sets (kept, reused) and stores (deleted) go (default: the temp folder)
			  --keep              keep the stores
			""";

	private static final org.neo4j.driver.Config QUIET = org.neo4j.driver.Config.builder()
		.withLogging(org.neo4j.driver.Logging.none())
		.build();

	private final PrintStream out;

	private final HeapMeter heap = new HeapMeter();

	private final CypherCatalog cypher = CypherCatalog.standard();

	private LoadBenchmark(PrintStream out) {
		this.out = out;
	}

	/** One measured load: what it wrote, how long it took, the peak heap. */
	private record Measured(String name, long firms, long rows, long elements, long nanos, long heapPeak) {

		double seconds() {
			return Math.max(this.nanos, 1) / 1e9;
		}

		double elementsPerSecond() {
			return this.elements / seconds();
		}

	}

	/** Runs {@code bench …}; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || !args[0].equals("load")) {
			err.print(USAGE_TEXT);
			return 2;
		}
		long enterprises = 1_000_000;
		long seed = 1;
		long transactional = 20_000;
		long naive = 10_000;
		var work = Path.of(System.getProperty("java.io.tmpdir"), "chaingraph-bench");
		boolean keep = false;
		try {
			for (int i = 1; i < args.length; i++) {
				var name = args[i];
				if (name.equals("--keep")) {
					keep = true;
					continue;
				}
				if (name.equals("--help") || name.equals("-h")) {
					out.print(USAGE_TEXT);
					return 0;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("Unknown argument or missing value: '" + name + "' (未知参数)");
				}
				var value = args[++i];
				switch (name) {
					case "--enterprises" -> enterprises = GenerateCommand.parseCount(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--transactional" -> transactional = GenerateCommand.parseCount(value);
					case "--naive" -> naive = GenerateCommand.parseCount(value);
					case "--work" -> work = Path.of(value);
					default -> throw new IllegalArgumentException("Unknown argument '" + name + "' (未知参数)");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(USAGE_TEXT);
			return 2;
		}
		var benchmark = new LoadBenchmark(out);
		try {
			benchmark.run(enterprises, seed, transactional, naive, work, keep);
			return 0;
		}
		finally {
			benchmark.heap.close();
		}
	}

	private void run(long enterprises, long seed, long transactional, long naive, Path work, boolean keep) {
		this.out.printf("ChainGraph load benchmark: %d cores, max heap %,d MiB, Java %s, Neo4j %s%n",
				Runtime.getRuntime().availableProcessors(), HeapMeter.max() >> 20, Runtime.version(),
				org.neo4j.kernel.internal.Version.getNeo4jVersion());
		this.out.println("work folder: " + work.toAbsolutePath());
		var data = dataSet(work, enterprises, seed);
		var results = new ArrayList<Measured>();
		var bulk = bulk(work, data, enterprises, keep);
		results.add(bulk);
		if (transactional > 0) {
			results.add(transactional(work, dataSet(work, transactional, seed), transactional, keep));
		}
		if (naive > 0) {
			results.add(naive(work, dataSet(work, naive, seed), naive, "synthetic-" + seed, keep));
		}
		this.out.println();
		this.out.println("Summary (汇总)");
		this.out.printf("  %-38s %10s %12s %10s %12s %14s%n", "path", "firms", "elements", "seconds", "elements/s",
				"peak heap MiB");
		for (var result : results) {
			this.out.printf("  %-38s %,10d %,12d %10.1f %,12.0f %,14d%n", result.name(), result.firms(),
					result.elements(), result.seconds(), result.elementsPerSecond(), result.heapPeak() >> 20);
		}
		for (var other : results.subList(1, results.size())) {
			this.out.printf("  fast path / %s: %.1f x the elements per second%n", other.name(),
					bulk.elementsPerSecond() / other.elementsPerSecond());
		}
	}

	/** The synthetic data set of {@code firms} firms in the work folder: generated once, then reused. */
	private Path dataSet(Path work, long firms, long seed) {
		var folder = work.resolve("data-" + firms + "-seed" + seed);
		var marker = folder.resolve(".generated");
		try {
			if (Files.isRegularFile(marker)) {
				this.out.printf("data set %s: reused (%s)%n", folder.getFileName(), Files.readString(marker).strip());
				return folder;
			}
			BulkImporter.deleteRecursively(folder);
			long started = System.nanoTime();
			var summary = SyntheticDataSet.write(new SyntheticDataSet.Options(firms, seed), folder);
			double seconds = (System.nanoTime() - started) / 1e9;
			var note = String.format("generated in %.1f s, %,.1f MB, %,d enterprise-segment links", seconds,
					summary.bytes() / 1e6, summary.enterpriseSegments());
			Files.writeString(marker, note + "\n");
			this.out.printf("data set %s: %s%n", folder.getFileName(), note);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Measured bulk(Path work, Path data, long firms, boolean keep) {
		var store = work.resolve("store-fast-path");
		BulkImporter.deleteRecursively(store);
		this.out.printf("%nFast path: bulk import into an empty store, %,d firms (首次批量导入)%n", firms);
		var log = work.resolve("import.log");
		long[] inGraph = new long[2];
		FirstLoad.Result result;
		System.gc();
		this.heap.reset();
		try (var importLog = new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8)) {
			result = FirstLoad.run(data, store, "512m", importLog, driver -> {
				try (var session = driver.session()) {
					var size = session.run(this.cypher.query("system/graph-size")).single();
					inGraph[0] = size.get("nodes").asLong();
					inGraph[1] = size.get("relationships").asLong();
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long heapPeak = this.heap.sampledPeak();
		long poolPeaks = this.heap.poolPeaks();
		double total = result.nanos() / 1e9;
		this.out.printf("  %-26s %8s %7s%n", "phase", "seconds", "share");
		for (var phase : result.phases()) {
			this.out.printf("  %-26s %8.1f %6.0f%%%n", phase.name(), phase.seconds(), 100 * phase.seconds() / total);
		}
		this.out.printf("  %-26s %8.1f%n", "end to end", total);
		this.out.printf("  (the CSV writing thread was busy %.1f s of the first phase)%n", result.writeNanos() / 1e9);
		this.out.printf("  input: %,d CSV records (%,.0f records/s); importer input %,.1f MB%n", result.records(),
				result.records() / total, result.csvBytes() / 1e6);
		this.out.printf("  graph rows: %,d (%,.0f rows/s)%n", result.rows(), result.rows() / total);
		this.out.printf("  elements: %,d nodes + %,d relationships = %,d (%,.0f elements/s)%n", result.nodeCount(),
				result.relationshipCount(), result.elements(), result.elements() / total);
		this.out.printf("  in the graph after the load: %,d nodes, %,d relationships (%s)%n", inGraph[0], inGraph[1],
				inGraph[0] == result.nodeCount() && inGraph[1] == result.relationshipCount() ? "as written"
						: "DIFFERENT FROM WHAT WAS WRITTEN");
		this.out.printf("  peak heap used: %,d MiB sampled, %,d MiB sum of pool peaks, of %,d MiB max%n", heapPeak >> 20,
				poolPeaks >> 20, HeapMeter.max() >> 20);
		this.out.println("  importer log: " + log);
		if (!keep) {
			BulkImporter.deleteRecursively(store);
		}
		return new Measured("fast path (bulk import)", firms, result.rows(), result.elements(), result.nanos(), heapPeak);
	}

	private Measured transactional(Path work, Path data, long firms, boolean keep) {
		var store = work.resolve("store-transactional");
		BulkImporter.deleteRecursively(store);
		this.out.printf("%nTransactional loader: one transaction of UNWIND batches, %,d firms (事务导入)%n", firms);
		try (var server = EmbeddedNeo4j.start(store, "localhost:0", "512m");
				var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(), QUIET)) {
			System.gc();
			this.heap.reset();
			long started = System.nanoTime();
			var summary = new GraphLoader(driver).load(data, new GraphLoader.Options(false, false));
			long nanos = System.nanoTime() - started;
			long heapPeak = this.heap.sampledPeak();
			long created = summary.counts().values().stream().mapToLong(c -> c.created()).sum();
			long rows = summary.counts().values().stream().mapToLong(c -> c.created() + c.updated() + c.unchanged()).sum();
			var measured = new Measured("transactional loader", firms, rows, created, nanos, heapPeak);
			this.out.printf("  %,d rows, %,d elements created in %.1f s: %,.0f rows/s, %,.0f elements/s; peak heap %,d MiB%n",
					rows, created, measured.seconds(), rows / measured.seconds(), measured.elementsPerSecond(),
					heapPeak >> 20);
			return measured;
		}
		finally {
			if (!keep) {
				BulkImporter.deleteRecursively(store);
			}
		}
	}

	private Measured naive(Path work, Path data, long firms, String dataSetId, boolean keep) {
		var store = work.resolve("store-naive");
		BulkImporter.deleteRecursively(store);
		this.out.printf("%nNaive: one MERGE per row, one transaction per row, over Bolt, %,d firms (逐行写入)%n", firms);
		try (var server = EmbeddedNeo4j.start(store, "localhost:0", "512m");
				var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none(), QUIET)) {
			chainsFirst(work, data, driver);
			System.gc();
			this.heap.reset();
			long started = System.nanoTime();
			long[] counts = new long[2]; // rows, elements
			var firm = this.cypher.query("bench/naive-enterprise");
			var link = this.cypher.query("bench/naive-operates-in");
			try (var session = driver.session(); var firmRows = csv(data.resolve("enterprises.csv"));
					var linkRows = csv(data.resolve("enterprise-segments.csv"))) {
				for (var row : firmRows) {
					var props = provenance(row, dataSetId);
					props.put("id", row.get("id"));
					props.put("name", row.get("name"));
					props.put("tags", row.get("tags") == null ? null : List.of(row.get("tags").split(";")));
					props.put("founded", row.get("founded") == null ? null : Long.parseLong(row.get("founded")));
					var parameters = Map.<String, Object>of("id", row.get("id"), "props", props, "regionCode",
							row.get("regionCode"), "link", provenance(row, dataSetId));
					counts[1] += session.executeWrite(tx -> elements(tx.run(firm, parameters).consume()));
					counts[0]++;
				}
				for (var row : linkRows) {
					var props = provenance(row, dataSetId);
					props.put("role", row.get("role"));
					var parameters = Map.<String, Object>of("enterpriseId", row.get("enterpriseId"), "segmentId",
							row.get("segmentId"), "props", props);
					counts[1] += session.executeWrite(tx -> elements(tx.run(link, parameters).consume()));
					counts[0]++;
				}
			}
			long nanos = System.nanoTime() - started;
			var measured = new Measured("naive MERGE, one row per transaction", firms, counts[0], counts[1], nanos,
					this.heap.sampledPeak());
			this.out.printf("  %,d rows (transactions), %,d elements created in %.1f s: %,.0f rows/s, %,.0f elements/s%n",
					counts[0], counts[1], measured.seconds(), counts[0] / measured.seconds(),
					measured.elementsPerSecond());
			return measured;
		}
		finally {
			if (!keep) {
				BulkImporter.deleteRecursively(store);
			}
		}
	}

	/** Loads the data set's chains (and the built-in regions) the naive rows link to; not timed. */
	private void chainsFirst(Path work, Path data, Driver driver) {
		var chainsOnly = work.resolve("chains-of-" + data.getFileName());
		try {
			BulkImporter.deleteRecursively(chainsOnly);
			Files.createDirectories(chainsOnly.resolve("chains"));
			Files.copy(data.resolve("dataset.yaml"), chainsOnly.resolve("dataset.yaml"));
			try (var files = Files.list(data.resolve("chains"))) {
				for (var file : files.toList()) {
					Files.copy(file, chainsOnly.resolve("chains").resolve(file.getFileName()));
				}
			}
			new GraphLoader(driver).load(chainsOnly, new GraphLoader.Options(false, false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			BulkImporter.deleteRecursively(chainsOnly);
		}
	}

	private static Map<String, Object> provenance(CsvSource.Row row, String dataSetId) {
		var props = new HashMap<String, Object>();
		props.put("source", row.get("source"));
		props.put("quote", row.get("quote"));
		props.put("illustrative", Provenance.illustrative(row.get("source")));
		props.put("datasets", List.of(dataSetId));
		return props;
	}

	private static long elements(org.neo4j.driver.summary.ResultSummary summary) {
		return summary.counters().nodesCreated() + summary.counters().relationshipsCreated();
	}

	private static CsvSource csv(Path file) {
		try {
			return new CsvSource(file.getFileName().toString(), Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
