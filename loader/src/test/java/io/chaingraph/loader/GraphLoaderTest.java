package io.chaingraph.loader;

import java.nio.file.Path;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in administrative regions, loaded with every data set. */
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
		assertThat(first.counts().get("Region").created()).isEqualTo(3343);
		assertThat(first.counts().get("PART_OF").created()).isEqualTo(3343 - 31);

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
		try (var session = TestNeo4j.driver().session()) {
			var parent = session.run("MATCH (:Region {code: '360102'})-[:PART_OF]->(p) RETURN p.name AS name").single();
			assertThat(parent.get("name").asString()).isEqualTo("南昌市");
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
