package io.chaingraph.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.loader.dataset.ExportCommand;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./chaingraph export} finds the Neo4j to read as {@code load} finds the one to write. */
@ExtendWith(OutputCaptureExtension.class)
class ExportGraphTest {

	/** A Neo4j on its own store, as ./chaingraph serve starts it, on a free Bolt port. */
	@TempDir
	static Path serviceHome;

	private static EmbeddedNeo4j service;

	private static Driver client;

	@BeforeAll
	static void startTheService() {
		service = EmbeddedNeo4j.start(serviceHome.resolve("data/graph"), "localhost:0", "128m");
		client = GraphDatabase.driver(service.boltUri(), service.authToken(), LoaderCommand.QUIET);
		try (var session = client.session()) {
			session.run("""
					CREATE (c:Chain {id: 'test-chain', name: '测试产业链', source: 'illustrative', illustrative: true,
					                 datasets: ['office']})
					CREATE (:Segment {id: 'test-chain/ore', chainId: 'test-chain', name: '采选', position: 'UPSTREAM',
					                  kind: 'MATERIAL', order: 0, source: 'illustrative', illustrative: true,
					                  datasets: ['office']})-[:IN_CHAIN {datasets: ['office']}]->(c)
					""").consume();
		}
	}

	@AfterAll
	static void stopTheService() {
		client.close();
		service.close();
	}

	private static Map<String, String> embeddedOn(Path dataDir) {
		var env = new HashMap<String, String>();
		env.put("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:" + service.boltUri().getPort());
		env.put("CHAINGRAPH_EMBEDDED_DATADIR", dataDir.toString());
		env.put("CHAINGRAPH_EMBEDDED_PASSWORD", service.password());
		return env;
	}

	@Test
	void theRunningServiceOfTheStoreIsReadThrough(@TempDir Path out, CapturedOutput output) throws IOException {
		var folder = out.resolve("备份");

		assertThat(ExportGraph.run(new String[] { folder.toString() }, embeddedOn(serviceHome.resolve("data/graph"))))
			.isEqualTo(LoaderCommand.OK);

		assertThat(output.getOut()).contains("Exporting from the running service's Neo4j", "as data set export-");
		assertThat(Files.readString(folder.resolve("chains/test-chain.yaml"))).contains("name: 测试产业链", "id: ore");
	}

	@Test
	void aNeo4jOfAnotherStoreIsNotExported(@TempDir Path other, CapturedOutput output) throws IOException {
		var mine = Files.createDirectories(other.resolve("data/graph/data")).getParent();
		var folder = other.resolve("备份");

		assertThat(ExportGraph.run(new String[] { folder.toString() }, embeddedOn(mine))).isEqualTo(LoaderCommand.DATABASE);

		assertThat(output.getErr()).contains("Nothing was exported", "is not the ChainGraph service of the store",
				"未导出");
		assertThat(folder).doesNotExist();
	}

	@Test
	void aFolderNotEmptyIsRefusedBeforeAnyNeo4jIsAsked(@TempDir Path other, CapturedOutput output) throws IOException {
		Files.writeString(other.resolve("notes.txt"), "mine");
		var env = Map.of("NEO4J_URI", "bolt://localhost:1");

		assertThat(ExportGraph.run(new String[] { other.toString() }, env)).isEqualTo(LoaderCommand.USAGE);

		assertThat(output.getErr()).contains("exists and is not an empty folder", "目录已存在且非空")
			.doesNotContain("cannot be reached");
	}

	@Test
	void noStoreIsNothingToExport(@TempDir Path other, CapturedOutput output) {
		var env = new HashMap<>(embeddedOn(other.resolve("no-store")));
		env.put("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:1"); // nothing answers there

		assertThat(ExportGraph.run(new String[] { other.resolve("备份").toString() }, env))
			.isEqualTo(ExportCommand.NOTHING);

		assertThat(output.getErr()).contains("No store at", "nothing to export");
		assertThat(other.resolve("no-store")).doesNotExist();
	}

}
