package io.chaingraph.standalone.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.testsupport.GraphFingerprint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first-load fast path builds the graph the transactional loader builds, records the data set so that a later
 * transactional load finds nothing to change, and leaves the store as it was when the input or the import fails.
 * These tests start their own embedded servers: the store files are what they test.
 */
class FirstLoadTest {

	/** The loader's own test fixture, with every file type. */
	private static final Path SMALL = Path.of(System.getProperty("chaingraph.repo.root", ".."),
			"loader/src/test/resources/datasets/small");

	@TempDir
	Path temp;

	@TempDir
	static Path shared;

	/** The store the failure tests must leave as it is. */
	private static Path existing;

	private final ByteArrayOutputStream importLog = new ByteArrayOutputStream();

	@Test
	void buildsTheGraphTheTransactionalLoaderBuildsAndALaterLoadChangesNothing() throws IOException {
		var data = mixedDataSet();

		String transactional;
		try (var server = EmbeddedNeo4j.start(this.temp.resolve("transactional"), "localhost:0", "64m");
				var driver = driver(server)) {
			new GraphLoader(driver).load(data, new GraphLoader.Options(false, false));
			transactional = GraphFingerprint.of(driver, Set.of("loadedAt"));
		}

		String[] fast = new String[2];
		var result = FirstLoad.run(data, this.temp.resolve("fast"), "64m", log(), driver -> {
			fast[0] = GraphFingerprint.of(driver, Set.of("loadedAt"));
			var firmCounts = io.chaingraph.testsupport.StoredFirmCounts.check(driver,
					CypherCatalog.standard().query("firmcount/check"));
			assertThat(firmCounts.mismatches()).as("stored firm counts that differ from a fresh count").isEmpty();
			assertThat(firmCounts.storedFirms()).isPositive();
			var before = GraphFingerprint.of(driver);
			var again = new GraphLoader(driver).load(data, new GraphLoader.Options(false, false));
			again.counts().forEach((type, counts) -> {
				assertThat(counts.created()).as("%s created by the reload", type).isZero();
				assertThat(counts.updated()).as("%s updated by the reload", type).isZero();
			});
			assertThat(again.counts().get("Region").unchanged()).as("the built-in regions are recorded as current")
				.isEqualTo(2);
			assertThat(again.render().strip().lines().reduce((a, b) -> b).orElseThrow()).as("the reload's last line")
				.isEqualTo("Unchanged: the graph already held every row of this data set (无变化)");
			fast[1] = GraphFingerprint.of(driver);
			assertThat(fast[1]).as("the reload changed nothing, loadedAt included").isEqualTo(before);
		});

		assertThat(fast[0]).isEqualTo(transactional);
		assertThat(fast[0]).contains("[DataSet]", "synthetic-4", "2026-10-31", "NEIGHBOURS", "IN_SEGMENT", "第一行\n第二行",
				"逗号 \"公司\"");
		assertThat(result.nodes()).containsEntry("Enterprise", 2_000L + 5 + 1);
		// The data set's nodes and relationships, as the transactional loader counts them: without the derived firm
		// counts, which made 415,278 created of a generated 50,000 firms where the transactional loader said 212,204.
		assertThat(result.render().strip().lines().reduce((a, b) -> b).orElseThrow()).as("the first load's last line")
			.isEqualTo(String.format("Changed: %,d created, 0 updated, 0 deleted (已更新)", result.elements()));
		assertThat(result.relationships().get("NEIGHBOURS")).as("a;b and b;a are one pair").isEqualTo(2);
		assertThat(result.relationships().get("FIRM_COUNT")).as("the stored firm counts, written by the import").isPositive();
		assertThat(result.elements() + result.derivedCount())
			.isEqualTo(Long.parseLong(fast[0].lines().findFirst().orElseThrow()) - 2);
		assertThat(result.derivedCount()).as("elements per second count the data set, not derived counts")
			.isEqualTo(result.relationships().get("FIRM_COUNT"));
		assertThat(result.phases()).extracting(FirstLoad.Phase::name)
			.containsExactly("validate + write CSV", "import", "start", "schema, constraints online", "record",
					"other indexes online");
		try (var server = EmbeddedNeo4j.start(this.temp.resolve("fast"), "localhost:0", "64m");
				var driver = driver(server)) {
			assertThat(GraphFingerprint.of(driver)).as("the store as the load left it").isEqualTo(fast[1]);
			try (var session = driver.session()) {
				var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single();
				assertThat(constraints.get("names").asList()).contains("enterprise_id", "region_code");
				// The importer was given the node ids: new nodes must get fresh ones, not overwrite imported nodes.
				long nodes = session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
				session.run("UNWIND range(1, 100) AS i CREATE (:Probe {i: i})").consume();
				assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()).isEqualTo(nodes + 100);
				assertThat(session.run("MATCH (e:Enterprise) WHERE e.id IS NOT NULL RETURN count(e) AS n").single()
					.get("n").asLong()).isEqualTo(2_006);
			}
		}
		assertThat(siblingsOf(this.temp.resolve("fast"))).as("no scratch folder left").isEmpty();
	}

	@Test
	void invalidInputLeavesTheStoreAsItWas() throws IOException {
		var before = filesOf(existing);
		var data = SyntheticDataSet.write(new SyntheticDataSet.Options(100, 1), this.temp.resolve("data")).folder();
		Files.writeString(data.resolve("enterprise-segments.csv"), "nobody,syn-c01/t1,,illustrative,\n",
				StandardOpenOption.APPEND);

		assertThatThrownBy(() -> FirstLoad.run(data, existing, "64m", log(), driver -> {
		})).isInstanceOf(LoadException.class).hasMessageContaining("未知的企业");

		assertThat(filesOf(existing)).as("every file of the store, byte for byte").isEqualTo(before);
		assertThat(siblingsOf(existing)).isEmpty();
	}

	@Test
	void aFailedImportLeavesTheStoreAsItWas() throws IOException {
		var before = filesOf(existing);
		var csv = Files.createDirectories(this.temp.resolve("csv"));
		Files.writeString(csv.resolve("nodes.csv"), "id:ID(Enterprise),name\na,甲\n");
		// A relationship to a node the files do not have: the importer refuses it.
		Files.writeString(csv.resolve("links.csv"), ":START_ID(Enterprise),:END_ID(Enterprise)\na,missing\n");
		var work = Files.createDirectories(this.temp.resolve("work"));

		assertThatThrownBy(() -> BulkImporter.importInto(existing, work,
				List.of("--nodes=Enterprise=" + csv.resolve("nodes.csv"), "--relationships=SUPPLIES_TO=" + csv.resolve("links.csv")),
				log()))
			.isInstanceOf(BulkImporter.ImportFailedException.class)
			.hasMessageContaining("批量导入失败");

		assertThat(filesOf(existing)).as("every file of the store, byte for byte").isEqualTo(before);
	}

	/**
	 * A store that holds one firm, for the failure tests (which leave it untouched when they pass): created once,
	 * one server start for both. Its files are compared byte for byte, which needs no server start and proves more
	 * than comparing the graph.
	 */
	@BeforeAll
	static void storeWithOneFirm() {
		existing = shared.resolve("store");
		try (var server = EmbeddedNeo4j.start(existing, "localhost:0", "64m"); var driver = driver(server);
				var session = driver.session()) {
			session.run("CREATE (:Enterprise {id: 'kept', name: '原有企业'})").consume();
			assertThat(GraphFingerprint.of(driver)).contains("原有企业");
		}
	}

	/** The store's files: relative path and SHA-256 of the content, sorted. */
	private static List<String> filesOf(Path store) throws IOException {
		try (var files = Files.walk(store)) {
			var digests = new java.util.ArrayList<String>();
			for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
				digests.add(store.relativize(file) + " " + java.util.HexFormat.of()
					.formatHex(sha256(Files.readAllBytes(file))));
			}
			assertThat(digests).as("store files").isNotEmpty();
			return digests;
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A generated set with the loader's small fixture folded in: every file type, and rows that repeat a pair. */
	private Path mixedDataSet() throws IOException {
		var data = SyntheticDataSet.write(new SyntheticDataSet.Options(2_000, 4), this.temp.resolve("data")).folder();
		try (var files = Files.list(SMALL)) {
			for (var file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				var target = data.resolve(file.getFileName());
				if (Files.exists(target)) {
					var lines = Files.readAllLines(file);
					Files.write(target, lines.subList(1, lines.size()), StandardOpenOption.APPEND);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		try (var chains = Files.list(SMALL.resolve("chains"))) {
			for (var chain : chains.toList()) {
				Files.copy(chain, data.resolve("chains").resolve(chain.getFileName()));
			}
		}
		append(data, "dataset.yaml", "asOf: 2026-10-31\n");
		append(data, "region-neighbours.csv", "35,36,illustrative,\n");
		append(data, "enterprise-products.csv", "test-c,阴极铜,0.2,test-copper/cathode,illustrative,\n");
		append(data, "enterprises.csv", """
				test-q,"示例·引号,逗号 ""公司""\",别名一;别名二,,,3601,,2001,web:测试,"第一行
				第二行"
				""");
		return data;
	}

	private static void append(Path data, String file, String text) throws IOException {
		Files.writeString(data.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private static List<Path> siblingsOf(Path store) throws IOException {
		try (var files = Files.list(store.toAbsolutePath().getParent())) {
			return files.filter(f -> f.getFileName().toString().startsWith(store.getFileName() + ".import")).toList();
		}
	}

	private static Driver driver(EmbeddedNeo4j server) {
		return GraphDatabase.driver(server.boltUri(), server.authToken());
	}

	private PrintStream log() {
		return new PrintStream(this.importLog, true, StandardCharsets.UTF_8);
	}

}
