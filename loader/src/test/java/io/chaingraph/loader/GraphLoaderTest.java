package io.chaingraph.loader;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphLoaderTest {

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void loadingTheShippedSetTwiceChangesNothingTheSecondTime() {
		var loader = new GraphLoader(TestNeo4j.driver());
		var first = loader.loadShipped(false).counts().get("Region");
		var before = fingerprint();
		var second = loader.loadShipped(false).counts().get("Region");

		assertThat(first.created()).isEqualTo(3343);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3343);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aChangedRegionIsCountedAsUpdatedAndRestored() {
		var loader = new GraphLoader(TestNeo4j.driver());
		loader.loadShipped(false);
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (r:Region {code: '3601'}) SET r.name = '改名'").consume();
			session.run("MATCH (:Region {code: '360102'})-[p:PART_OF]->() DELETE p").consume();
		}
		var again = loader.loadShipped(false).counts().get("Region");
		assertThat(again.updated()).isEqualTo(2);
		try (var session = TestNeo4j.driver().session()) {
			var parent = session.run("MATCH (:Region {code: '360102'})-[:PART_OF]->(p) RETURN p.name AS name").single();
			assertThat(parent.get("name").asString()).isEqualTo("南昌市");
		}
	}

	@Test
	void aDryRunWritesNothing() {
		var summary = new GraphLoader(TestNeo4j.driver()).loadShipped(true);
		assertThat(summary.render()).contains("Dry run");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong()).isZero();
		}
	}

	private static String fingerprint() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("""
					MATCH (r:Region) OPTIONAL MATCH (r)-[:PART_OF]->(p)
					WITH r, p ORDER BY r.code
					RETURN count(r) AS n, collect(r.code + '|' + r.name + '|' + r.fullName + '|' + r.level + '|'
					  + coalesce(p.code, '-')) AS rows
					""").single().toString();
		}
	}

}
