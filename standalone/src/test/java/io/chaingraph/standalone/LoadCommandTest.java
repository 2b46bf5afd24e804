package io.chaingraph.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoadCommandTest {

	/** A Neo4j on its own store, as ./chaingraph serve starts it, on a free Bolt port. */
	@TempDir
	static Path serviceHome;

	private static EmbeddedNeo4j service;

	private static Driver client;

	@BeforeAll
	static void startTheService() {
		service = EmbeddedNeo4j.start(serviceHome.resolve("data/graph"), "localhost:0", "128m");
		client = GraphDatabase.driver(service.boltUri(), service.authToken(), LoaderCommand.QUIET);
	}

	@AfterAll
	static void stopTheService() {
		client.close();
		service.close();
	}

	private static long nodes() {
		try (var session = client.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private static Map<String, String> embeddedOn(Path dataDir) {
		return Map.of("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:" + service.boltUri().getPort(),
				"CHAINGRAPH_EMBEDDED_DATADIR", dataDir.toString());
	}

	@Test
	void aNeo4jOfAnotherStoreOnTheBoltAddressIsRefusedAndLeftUnchanged(@TempDir Path other, CapturedOutput output)
			throws IOException {
		try (var session = client.session()) {
			session.run("CREATE (:Foreign {n: 1}), (:Foreign {n: 2})").consume();
		}
		long before = nodes();
		// The store this load means exists and is a store folder: only which Neo4j runs on it tells them apart.
		var mine = Files.createDirectories(other.resolve("data/graph/data"));
		// That Neo4j takes the password given (a Neo4j of the same password, on purpose): it tells where its store is.
		var env = new java.util.HashMap<>(embeddedOn(mine.getParent()));
		env.put("CHAINGRAPH_EMBEDDED_PASSWORD", service.password());

		assertThat(LoadCommand.run(new String[] { "--demo" }, env)).isEqualTo(LoaderCommand.DATABASE);
		assertThat(LoadCommand.run(new String[] { "--demo", "--dry-run" }, env)).isEqualTo(LoaderCommand.DATABASE);

		var bolt = "bolt://localhost:" + service.boltUri().getPort();
		assertThat(output.getErr()).contains("Nothing was loaded: the Neo4j answering at " + bolt + " (Neo4j/")
			.contains("is not the ChainGraph service of the store this", "不是本数据库的 ChainGraph 服务")
			.contains("that Neo4j's store (该 Neo4j 的数据库):  " + serviceHome.resolve("data/graph").toAbsolutePath())
			.contains("this load's store (本次导入的数据库):    " + mine.getParent().toAbsolutePath())
			.contains("stop the process that holds " + bolt, "set CHAINGRAPH_EMBEDDED_BOLTADDRESS",
					"set NEO4J_URI=" + bolt, "确需导入该 Neo4j 时设置 NEO4J_URI");
		assertThat(output.getOut()).doesNotContain("Loading into", "Checking against");
		assertThat(nodes()).as("the other Neo4j's graph").isEqualTo(before);
		try (var files = Files.list(mine)) {
			assertThat(files).as("no store is made in the folder the load meant").isEmpty();
		}
	}

	@Test
	void aNeo4jThatRefusesTheStoresPasswordIsNotWrittenPastNorIsTheStore(@TempDir Path other, CapturedOutput output)
			throws IOException {
		long before = nodes();
		// A store of its own with no password yet (no file): the load has none to give, and that Neo4j wants one.
		var mine = Files.createDirectories(other.resolve("data/graph/data"));

		assertThat(LoadCommand.run(new String[] { "--demo" }, embeddedOn(mine.getParent()))).isEqualTo(LoaderCommand.DATABASE);

		assertThat(output.getErr()).contains("Nothing was loaded: the Neo4j answering at bolt://localhost:"
				+ service.boltUri().getPort()).contains("it refused user neo4j with this store's password");
		assertThat(output.getOut()).doesNotContain("Loading into");
		assertThat(nodes()).isEqualTo(before);
		try (var files = Files.list(mine)) {
			assertThat(files).as("nothing loaded straight into the store instead").isEmpty();
		}
		assertThat(mine.getParent().resolve("neo4j-password")).doesNotExist();
	}

	@Test
	void theServiceOfTheStoreIsLoadedThroughWhateverPathNamesIt(@TempDir Path elsewhere, CapturedOutput output)
			throws IOException {
		long before = nodes();
		// The same store through a symbolic link, and relative to the working directory.
		var link = Files.createSymbolicLink(elsewhere.resolve("graph-link"), serviceHome.resolve("data/graph"));
		var relative = Path.of("").toAbsolutePath().relativize(link);
		assertThat(relative.isAbsolute()).isFalse();

		assertThat(LoadCommand.run(new String[] { "--demo" }, embeddedOn(relative))).isEqualTo(LoaderCommand.OK);

		assertThat(output.getOut())
			.contains("Loading into the running service's Neo4j at bolt://localhost:" + service.boltUri().getPort());
		assertThat(output.getErr()).doesNotContain("Nothing was loaded");
		assertThat(nodes()).as("the demo data set and the regions, loaded through the service").isGreaterThan(before + 3000);
		assertThat(lastLine(output.getOut())).as("the last line, through the running service")
			.matches("Changed: [\\d,]+ created, [\\d,]+ updated, [\\d,]+ deleted \\(已更新\\)");

		assertThat(LoadCommand.run(new String[] { "--demo" }, embeddedOn(relative))).isEqualTo(LoaderCommand.OK);
		assertThat(lastLine(output.getOut())).as("the last line of the same load again")
			.isEqualTo("Unchanged: the graph already held every row of this data set (无变化)");
	}

	private static String lastLine(String text) {
		return text.strip().lines().reduce((a, b) -> b).orElseThrow();
	}

	/**
	 * A cron job's mail or a script tells "nothing changed" from "loaded changes" by the last line; into the embedded
	 * store the embedded Neo4j's "stopped" log line had come after it.
	 */
	@Test
	void theLastLineOfALoadIntoTheEmbeddedStoreSaysWhetherTheGraphChanged(@TempDir Path home, CapturedOutput output) {
		var store = home.resolve("data/graph");
		LoadCommand.consoleLogTo("System.err");
		try {
			assertThat(LoadCommand.intoEmbedded(store, List.of("--demo"), null)).isEqualTo(LoaderCommand.OK);
			assertThat(lastLine(output.getOut())).matches("Changed: [\\d,]+ created, 0 updated, 0 deleted \\(已更新\\)");
			assertThat(output.getErr()).as("the log lines").contains("Embedded Neo4j stopped in");

			assertThat(LoadCommand.intoEmbedded(store, List.of("--demo"), null)).isEqualTo(LoaderCommand.OK);
			assertThat(lastLine(output.getOut()))
				.isEqualTo("Unchanged: the graph already held every row of this data set (无变化)");
		}
		finally {
			LoadCommand.consoleLogTo("System.out");
		}
	}

	/**
	 * A scheduled load that meets the store open in another process (its service starting, or running on another Bolt
	 * address than the load's, or another load): a stack trace with exit code 1, the code of invalid input, had been
	 * all a cron job's log and mail showed.
	 */
	@Test
	void aStoreOpenInAnotherProcessIsExitCode3WithWhatToDoAndNothingLoaded(@TempDir Path home, CapturedOutput output)
			throws IOException {
		var store = home.resolve("data/graph");
		int port;
		try (var free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		try (var starting = EmbeddedNeo4j.start(store, "localhost:0", "128m")) {
			// Nothing listens there: refused at once (a socket bound but never accepting held the load 60 s, the
			// driver's connection timeout twice).
			var nobody = "localhost:" + port;
			var env = Map.of("CHAINGRAPH_EMBEDDED_BOLTADDRESS", nobody, "CHAINGRAPH_EMBEDDED_DATADIR", store.toString());

			assertThat(LoadCommand.run(new String[] { "--demo" }, env)).isEqualTo(LoaderCommand.DATABASE);

			var said = output.getErr().strip();
			assertThat(said).contains("The store " + store.toAbsolutePath() + " is open in another process")
				.contains("wait until it is ready and load again",
						"set CHAINGRAPH_EMBEDDED_BOLTADDRESS to its Bolt address (this load looked at " + nobody + ")",
						"服务正在启动时请待其就绪后重新导入", "Otherwise: Stop the other ./chaingraph serve or load on this store")
				.doesNotContain("\tat io.chaingraph", "Exception in thread");
			assertThat(said.lines().reduce((a, b) -> b).orElseThrow()).as("the last line")
				.isEqualTo("Nothing was loaded (未导入任何数据): the graph is as it was.");
			try (var driver = GraphDatabase.driver(starting.boltUri(), starting.authToken(), LoaderCommand.QUIET);
					var session = driver.session()) {
				assertThat(session.run("MATCH (n:DataSet) RETURN count(n) AS n").single().get("n").asLong())
					.as("no data set loaded").isZero();
			}
		}
	}

	@Test
	void aDryRunWithoutAStoreChecksAgainstAnEmptyGraphAndMakesNoStore(@TempDir Path home, CapturedOutput output)
			throws IOException {
		var store = home.resolve("data/graph");
		long scratchBefore = scratchFolders();
		assertThat(LoadCommand.intoEmbedded(store, List.of("--demo", "--dry-run"), null)).isEqualTo(LoaderCommand.OK);
		assertThat(output.getOut()).contains("Checking against an empty graph (no store at " + store.toAbsolutePath())
			.contains("nothing will be written");
		assertThat(home.resolve("data")).doesNotExist();
		assertThat(scratchFolders()).as("the temporary store is removed").isEqualTo(scratchBefore);
	}

	private static long scratchFolders() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("chaingraph-dry-run")).count();
		}
	}

	@Test
	void aFolderThatIsNotThereIsToldBeforeTheEmbeddedServerStarts(@TempDir Path folder) {
		assertThat(LoadCommand.missingFolder(List.of("/no/such/data-set", "--dry-run"))).isEqualTo("/no/such/data-set");
		assertThat(LoadCommand.missingFolder(List.of("--dry-run", folder.toString()))).isNull();
		assertThat(LoadCommand.missingFolder(List.of("--format", "chainkg", folder.toString()))).isNull();
		assertThat(LoadCommand.missingFolder(List.of("--demo"))).isNull();
	}

	@Test
	void aDryRunSaysItWritesNothing() {
		assertThat(LoadCommand.into("the embedded store at /s", List.of("data", "--dry-run")))
			.isEqualTo("Checking against the embedded store at /s; nothing will be written (仅校验，不写入)");
		assertThat(LoadCommand.into("the embedded store at /s", List.of("data"))).isEqualTo("Loading into the embedded store at /s");
	}

	/**
	 * A first load takes the bulk importer from 6 MiB of CSV on: one transaction of a 100,000-firm data set (16.3 MB,
	 * under the 16 MiB it took before) outgrew Neo4j's transaction memory of the default heap. An .xlsx table counts
	 * three times its size.
	 */
	@Test
	void aFirstLoadOfSixMegabytesOrMoreTakesTheBulkImporter(@TempDir Path folder) throws IOException {
		try (var csv = new java.io.RandomAccessFile(folder.resolve("enterprises.csv").toFile(), "rw")) {
			csv.setLength(5L << 20);
			assertThat(LoadCommand.large(folder)).as("5 MiB").isFalse();
			csv.setLength(7L << 20);
			assertThat(LoadCommand.large(folder)).as("7 MiB, about 42,000 firms").isTrue();
			csv.setLength(1L << 20);
		}
		try (var xlsx = new java.io.RandomAccessFile(folder.resolve("enterprise-segments.xlsx").toFile(), "rw")) {
			xlsx.setLength(2L << 20);
		}
		assertThat(LoadCommand.large(folder)).as("1 MiB of CSV and a workbook of 2 MiB").isTrue();
	}

}
