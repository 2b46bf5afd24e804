package io.chaingraph.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Assumptions;
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
		// Bookkeeping aside: the migrations, the migration lock (left by whichever test migrated this JVM's graph
		// last: alone, this class failed on it) and the data set records.
		assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock AND NOT n:DataSet"
				+ " AND n.source IS NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r)")).isZero();
		assertThat(count("MATCH (n) WHERE n.source STARTS WITH 'seed:' AND n.quote IS NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH (e:Enterprise) WHERE e.source = 'illustrative' AND NOT e.illustrative RETURN count(e)")).isZero();
		assertThat(count("MATCH (e:Enterprise) WHERE e.illustrative AND (e.stockCode IS NOT NULL OR e.creditCode IS NOT NULL) "
				+ "RETURN count(e)")).as("illustrative firms with real-looking codes").isZero();
	}

	/**
	 * Every quote of a seed document is the seed's own text, character for character (half-width commas and brackets
	 * too, whatever the punctuation of the text written around it), an ellipsis standing for words left out: checked
	 * against the seed files where they are (CHAINGRAPH_SEEDS, or shared/seeds beside the checkout); the repository does
	 * not hold them.
	 */
	@Test
	void everySeedQuoteIsTheSeedsOwnText() {
		var seeds = Path.of(Objects.requireNonNullElse(System.getenv("CHAINGRAPH_SEEDS"),
				System.getProperty("chaingraph.repo.root", "..") + "/../shared/seeds"));
		Assumptions.assumeTrue(Files.isDirectory(seeds), "the seed documents are not on this machine");
		var texts = new HashMap<String, String>();
		var wrong = new ArrayList<String>();
		int[] quotes = { 0 };
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (n) WHERE n.source STARTS WITH 'seed:' RETURN n.source AS source, n.quote AS quote
					UNION ALL
					MATCH ()-[r]->() WHERE r.source STARTS WITH 'seed:' RETURN r.source AS source, r.quote AS quote
					""").forEachRemaining(r -> {
				var source = r.get("source").asString();
				var quote = r.get("quote").asString("");
				var text = texts.computeIfAbsent(source, s -> read(seeds.resolve(s.substring("seed:".length()))));
				quotes[0]++;
				int at = 0;
				for (var part : quote.split("…+|\\.\\.\\.")) {
					if (!part.isBlank()) {
						int found = text.indexOf(part.strip(), at);
						if (found < 0) {
							wrong.add(source + ": " + quote);
							return;
						}
						at = found + part.strip().length();
					}
				}
			});
		}
		try (var session = TestNeo4j.driver().session()) {
			// A programme by the name its seed gives it (江西省“2+6+N”, as 001 writes it, not 江西"2+6+N").
			session.run("MATCH ()-[p:HAS_POLICY_CHAIN]->() WHERE p.source STARTS WITH 'seed:' RETURN DISTINCT p.source AS source, p.program AS program")
				.forEachRemaining(r -> {
					var source = r.get("source").asString();
					if (!texts.computeIfAbsent(source, s -> read(seeds.resolve(s.substring("seed:".length()))))
						.contains(r.get("program").asString())) {
						wrong.add(source + " program " + r.get("program").asString());
					}
				});
		}
		assertThat(quotes[0]).as("seed quotes").isGreaterThan(100);
		assertThat(wrong).as("quotes and programmes not found in their seed").isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
