package io.chaingraph.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in administrative regions, loaded with every data set; the record a load keeps of each data set. */
class GraphLoaderTest {

	private static final Path EMPTY = Path.of("src/test/resources/datasets/empty");

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearAll();
	}

	@Test
	void theBuiltInRegionsComeWithTheFirstLoadAndAreNotRewrittenWhileUnchanged() {
		var first = this.loader.load(EMPTY, new GraphLoader.Options(false, false));
		assertThat(first.counts().get("Region").created()).isEqualTo(3346);
		assertThat(first.counts().get("PART_OF").created()).isEqualTo(3346 - 34);

		var second = this.loader.load(EMPTY, new GraphLoader.Options(false, false));
		assertThat(second.counts()).doesNotContainKey("Region");
		try (var session = TestNeo4j.driver().session()) {
			var recorded = session.run("MATCH (d:DataSet) RETURN d.id AS id ORDER BY id").list(r -> r.get("id").asString());
			assertThat(recorded).containsExactly("empty-test", "regions-cn");
		}
	}

	@Test
	void aChangedReferenceIsWrittenAgainAndRestoresWhatDiffers() {
		this.loader.load(EMPTY, new GraphLoader.Options(false, false));
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (r:Region {code: '3601'}) SET r.name = '改名'").consume();
			session.run("MATCH (:Region {code: '360102'})-[p:PART_OF]->() DELETE p").consume();
			// As after an upgrade that ships new reference data.
			session.run("MATCH (d:DataSet {id: 'regions-cn'}) SET d.checksum = 'older'").consume();
		}
		var again = this.loader.load(EMPTY, new GraphLoader.Options(false, false));
		assertThat(again.counts().get("Region").updated()).isEqualTo(1);
		assertThat(again.counts().get("PART_OF").created()).isEqualTo(1);
		// The data set's files are as at its last load: the change is the release's regions, no other data set's.
		assertThat(again.verdict()).contains("this release's built-in regions (内置行政区划)")
			.doesNotContain("what changed is what another data set");
		try (var session = TestNeo4j.driver().session()) {
			var parent = session.run("MATCH (:Region {code: '360102'})-[:PART_OF]->(p) RETURN p.name AS name").single();
			assertThat(parent.get("name").asString()).isEqualTo("南昌市");
		}
	}

	/** dataset.yaml's asOf (数据截至日期) is kept with the data set; it follows the file, loadedAt follows the content. */
	@Test
	void theAsOfDateOfTheManifestIsKeptWithTheDataSet(@TempDir Path folder) throws IOException {
		var manifest = folder.resolve("dataset.yaml");
		Files.writeString(manifest, "format: chaingraph/v1\nid: as-of-test\nname: 截至日期\nasOf: 2026-10-31\n");
		this.loader.load(folder, new GraphLoader.Options(false, false));
		var first = dataSet();
		assertThat(first.get("asOf")).isEqualTo(LocalDate.of(2026, 10, 31));

		Files.writeString(manifest, "format: chaingraph/v1\nid: as-of-test\nname: 截至日期\nasOf: '2026-11-30'\n");
		this.loader.load(folder, new GraphLoader.Options(false, false));
		var second = dataSet();
		assertThat(second.get("asOf")).as("quoted or not, a date").isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(second.get("loadedAt")).as("the same content: not loaded anew").isEqualTo(first.get("loadedAt"));

		Files.writeString(manifest, "format: chaingraph/v1\nid: as-of-test\nname: 截至日期\n");
		this.loader.load(folder, new GraphLoader.Options(false, false));
		assertThat(dataSet()).doesNotContainKey("asOf");
	}

	private static java.util.Map<String, Object> dataSet() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (d:DataSet {id: 'as-of-test'}) RETURN properties(d) AS p").single().get("p").asMap();
		}
	}

	@Test
	void aDryRunWritesNothing() {
		var summary = this.loader.load(EMPTY, new GraphLoader.Options(true, false));
		assertThat(summary.render()).contains("Dry run");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong()).isZero();
		}
	}

}
