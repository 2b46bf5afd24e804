package io.chaingraph.loader;

import java.util.Map;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo data set: big enough for every question, honest about its sources, stable on reload. */
class DemoDataSetTest {

	private static LoadSummary first;

	@BeforeAll
	static void loadTheDemo() {
		TestNeo4j.clearData();
		first = new GraphLoader(TestNeo4j.driver()).loadShipped(false);
	}

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@Test
	void hasTheChainsOfBothProvincesWithRealisticTrees() {
		assertThat(count("MATCH (:Region {code: '36'})-[:HAS_POLICY_CHAIN]->(c:Chain) RETURN count(c)")).isEqualTo(14);
		assertThat(count("MATCH (:Region {code: '32'})-[p:HAS_POLICY_CHAIN {tier: '卓越'}]->(c:Chain) RETURN count(c)"))
			.isEqualTo(10);
		assertThat(count("""
				MATCH (c:Chain) OPTIONAL MATCH (s:Segment)-[:IN_CHAIN]->(c)
				WITH c, count(s) AS segments WHERE segments < 8 RETURN count(c)
				""")).as("chains with fewer than 8 segments").isZero();
		assertThat(count("MATCH (:Segment)-[:SUB_SEGMENT_OF]->(:Segment) RETURN count(*)")).isGreaterThan(200);
		assertThat(count("MATCH (a:Segment)-[:SUPPLIES]->(b:Segment) WHERE a.chainId <> b.chainId RETURN count(*)"))
			.as("cross-chain supply links").isGreaterThan(10);
	}

	@Test
	void hasEnoughFirmsInEnoughProvinces() {
		assertThat(count("MATCH (e:Enterprise) RETURN count(e)")).isGreaterThanOrEqualTo(300);
		assertThat(count("""
				MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'})
				RETURN count(DISTINCT p)
				""")).isGreaterThanOrEqualTo(10);
	}

	@Test
	void everyNodeAndRelationshipSaysWhereItComesFrom() {
		assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:DataSet AND n.source IS NULL RETURN count(n)"))
			.isZero();
		assertThat(count("MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r)")).isZero();
		assertThat(count("MATCH (n) WHERE n.source STARTS WITH 'seed:' AND n.quote IS NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH (e:Enterprise) WHERE e.source = 'illustrative' AND NOT e.illustrative RETURN count(e)")).isZero();
		assertThat(count("MATCH (e:Enterprise) WHERE e.illustrative AND (e.stockCode IS NOT NULL OR e.creditCode IS NOT NULL) "
				+ "RETURN count(e)")).as("illustrative firms with real-looking codes").isZero();
	}

	@Test
	void everyJiangxiKeyChainHasAMissingAWeakAndACoveredSegmentInJiangxi() {
		try (var session = TestNeo4j.driver().session()) {
			var shapes = session.run("""
					MATCH (:Region {code: '36'})-[:HAS_POLICY_CHAIN]->(c:Chain)<-[:IN_CHAIN]-(s:Segment)
					OPTIONAL MATCH (s)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: '36'})
					WITH c, s, count(DISTINCT e) AS firms
					WITH c, collect(firms) AS counts
					RETURN c.id AS chain, any(n IN counts WHERE n = 0) AS missing,
					       any(n IN counts WHERE n > 0 AND n < 3) AS weak, any(n IN counts WHERE n >= 3) AS covered
					""").list(r -> Map.of("chain", r.get("chain").asString(), "shape",
					r.get("missing").asBoolean() + "/" + r.get("weak").asBoolean() + "/" + r.get("covered").asBoolean()));
			assertThat(shapes).hasSize(14).allSatisfy(s -> assertThat(s.get("shape")).as(s.get("chain")).isEqualTo("true/true/true"));
		}
	}

	@Test
	void loadingTheDemoAgainChangesNothing() {
		assertThat(first.counts().get("Enterprise").created()).isGreaterThanOrEqualTo(300);
		var again = new GraphLoader(TestNeo4j.driver()).loadShipped(false);
		again.counts().forEach((type, counts) -> {
			assertThat(counts.created()).as("%s created", type).isZero();
			assertThat(counts.updated()).as("%s updated", type).isZero();
		});
	}

}
