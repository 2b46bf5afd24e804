package io.chaingraph.model;

import java.util.Set;

import io.chaingraph.testsupport.GraphFingerprint;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test support's graph fingerprint, which the "a failed load or mutation changes nothing" tests of every module
 * rely on: it sees every property of a relationship's ends, and two graphs alike are alike whatever element ids
 * their nodes got. (Here because this module's tests share a Neo4j; the test support module has none of its own.)
 */
class GraphFingerprintTest {

	private static final String BUILD = """
			CREATE (a:Firm {id: 'a', name: '甲'})-[:SUPPLIES {since: 2020}]->(b:Firm {id: 'b', name: '乙'})
			""";

	@BeforeEach
	@AfterEach
	void empty() {
		TestNeo4j.clearAll();
	}

	private static void run(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			session.run(cypher).consume();
		}
	}

	@Test
	void relationshipsCarryTheirEndsAndTheSameGraphBuiltAgainIsTheSame() {
		run(BUILD);
		var built = GraphFingerprint.of(TestNeo4j.driver());
		assertThat(built).startsWith("3\n")
			.contains("[Firm]{id=a, name=甲}")
			.contains("{id=a, name=甲}SUPPLIES{since=2020}{id=b, name=乙}");

		run("MATCH (f:Firm) DETACH DELETE f");
		run(BUILD);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("new element ids, same graph").isEqualTo(built);

		run("MATCH (b:Firm {id: 'b'}) SET b.name = '丙'");
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isNotEqualTo(built)
			.contains("{id=a, name=甲}SUPPLIES{since=2020}{id=b, name=丙}");

		run("MATCH (b:Firm {id: 'b'}) SET b.name = '乙'");
		run("MATCH ()-[r:SUPPLIES]->() SET r.since = 2021");
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isNotEqualTo(built);
		assertThat(GraphFingerprint.of(TestNeo4j.driver(), Set.of("since"))).contains("{id=a, name=甲}SUPPLIES{}{id=b, name=乙}");
	}

}
