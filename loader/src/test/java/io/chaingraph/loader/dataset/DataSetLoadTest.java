package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading a data set: what lands in the graph, idempotence, edits, --prune and --dry-run. */
public class DataSetLoadTest {

	static final Path SMALL = Path.of("src/test/resources/datasets/small");

	/** The small fixture, for tests in other packages. */
	public static final Path SMALL_PATH = SMALL;

	@TempDir
	Path copy;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void writesTheModelWithProvenance() {
		var summary = this.loader.load(SMALL, new GraphLoader.Options(false, false));

		assertThat(summary.counts().get("Chain").created()).isEqualTo(2);
		assertThat(summary.counts().get("Segment").created()).isEqualTo(10);
		assertThat(summary.counts().get("Enterprise").created()).isEqualTo(5);
		assertThat(summary.counts().get("SUPPLIES").created()).isEqualTo(6);
		try (var session = TestNeo4j.driver().session()) {
			var tree = session.run("""
					MATCH (s:Segment {id: 'test-copper/copper-foil'})-[:SUB_SEGMENT_OF]->(p)-[:IN_CHAIN]->(c:Chain)
					RETURN p.name AS parent, c.name AS chain, s.position AS position, s.illustrative AS illustrative
					""").single();
			assertThat(tree.get("parent").asString()).isEqualTo("铜加工");
			assertThat(tree.get("chain").asString()).isEqualTo("测试铜产业链");
			assertThat(tree.get("position").asString()).isEqualTo("DOWNSTREAM");
			assertThat(tree.get("illustrative").asBoolean()).isTrue();

			var crossChain = session.run("""
					MATCH (:Segment {id: 'test-copper/copper-foil'})-[:SUPPLIES]->(t:Segment) RETURN t.chainId AS chain
					""").single().get("chain").asString();
			assertThat(crossChain).isEqualTo("test-electronics");

			var firm = session.run("""
					MATCH (e:Enterprise {id: 'test-b'})-[:LOCATED_IN]->(z:Region)-[:PART_OF]->(city:Region)
					RETURN z.fullName AS zone, city.name AS city, e.tags AS tags, e.datasets AS datasets
					""").single();
			assertThat(firm.get("zone").asString()).isEqualTo("江西省南昌市测试高新区");
			assertThat(firm.get("city").asString()).isEqualTo("南昌市");
			assertThat(firm.get("tags").asList()).containsExactly("专精特新");
			assertThat(firm.get("datasets").asList()).containsExactly("small-test");

			var leader = session.run("""
					MATCH (e:Enterprise)-[:HOLDS]->(d:Designation {kind: 'CHAIN_LEADER'})-[:FOR_CHAIN]->(c:Chain),
					      (d)-[:IN_REGION]->(r:Region)
					RETURN e.id AS firm, c.id AS chain, r.name AS region, d.label AS label
					""").single();
			assertThat(leader.get("firm").asString()).isEqualTo("test-a");
			assertThat(leader.get("region").asString()).isEqualTo("江西省");
			assertThat(leader.get("label").asString()).isEqualTo("链主");

			var policy = session.run("""
					MATCH (r:Region {code: '36'})-[p:HAS_POLICY_CHAIN]->(c:Chain {id: 'test-copper'})
					MATCH (d:PolicyDocument)-[:SETS]->(t:PolicyTarget)-[:ABOUT]->(c)
					RETURN p.tier AS tier, p.chief AS chief, t.value AS value, t.year AS year, d.docNumber AS number
					""").single();
			assertThat(policy.get("tier").asString()).isEqualTo("2");
			assertThat(policy.get("chief").asString()).isEqualTo("省领导");
			assertThat(policy.get("value").asDouble()).isEqualTo(800.0);
			assertThat(policy.get("year").asLong()).isEqualTo(2022);
			assertThat(policy.get("number").asString()).isEqualTo("测字〔2019〕1号");

			var members = session.run("MATCH (m:Region)-[:MEMBER_OF]->(:Region {code: 'CA-TST'}) RETURN count(m) AS n")
				.single().get("n").asLong();
			assertThat(members).isEqualTo(2);
		}
	}

	@Test
	void loadingTwiceChangesNothingTheSecondTime() {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var second = this.loader.load(SMALL, new GraphLoader.Options(false, false));

		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
		second.counts().forEach((type, counts) -> {
			assertThat(counts.created()).as("%s created", type).isZero();
			assertThat(counts.updated()).as("%s updated", type).isZero();
		});
		assertThat(second.counts().get("Region").unchanged()).isEqualTo(2);
		// Every row is counted once, also one that says "no such link" (a top-level segment's parent).
		var validated = this.loader.load(SMALL, new GraphLoader.Options(true, false)).validated();
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH ()-[r:SUB_SEGMENT_OF]->() RETURN count(r) AS n").single().get("n").asLong())
				.as("the fixture has top-level segments").isLessThan(validated.get("SUB_SEGMENT_OF"));
		}
		second.counts().forEach((type, c) -> assertThat(c.created() + c.updated() + c.unchanged() + c.skipped())
			.as("%s rows", type).isEqualTo(validated.get(type)));
	}

	@Test
	void anEditedCopyUpdatesExactlyWhatChangedAndPruneRemovesWhatIsGone() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		replaceIn("enterprises.csv", "示例·丙电子有限公司", "示例·丙电子科技有限公司");
		replaceIn("enterprises.csv", "test-d,示例·丁线缆有限公司,,,,440305", "test-d,示例·丁线缆有限公司,,,,440306");
		replaceIn("enterprise-segments.csv", "test-a,test-copper/ore,,illustrative,\n", "");
		appendTo("enterprises.csv", "test-e,示例·己新材料有限公司,,,,3607,,,illustrative,\n");

		var edited = this.loader.load(this.copy, new GraphLoader.Options(false, false));

		assertThat(edited.counts().get("Enterprise")).isEqualTo(new LoadSummary.Counts(1, 1, 4, 0));
		assertThat(edited.counts().get("LOCATED_IN")).isEqualTo(new LoadSummary.Counts(1, 1, 4 + 2, 0));
		assertThat(edited.counts().get("OPERATES_IN")).isEqualTo(new LoadSummary.Counts(0, 0, 5, 0));
		assertThat(edited.counts().get("Chain")).isEqualTo(new LoadSummary.Counts(0, 0, 2, 0));
		assertThat(operatesIn("test-a")).as("without --prune a link the file dropped stays").isEqualTo(2);

		var pruned = this.loader.load(this.copy, new GraphLoader.Options(false, true));

		assertThat(pruned.counts().get("OPERATES_IN").updated()).isEqualTo(1);
		assertThat(operatesIn("test-a")).isEqualTo(1);
		try (var session = TestNeo4j.driver().session()) {
			var where = session.run("MATCH (:Enterprise {id: 'test-d'})-[:LOCATED_IN]->(r) RETURN collect(r.code) AS codes")
				.single().get("codes").asList();
			assertThat(where).containsExactly("440306");
			assertThat(session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong())
				.as("--prune never touches what other data sets (the built-in regions) wrote").isEqualTo(3343 + 2);
		}
	}

	@Test
	void pruneDeletesNodesTheDataSetNoLongerLists() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		Files.delete(this.copy.resolve("clusters.csv"));
		replaceIn("policy-targets.csv", "test-cluster,", ",");

		this.loader.load(this.copy, new GraphLoader.Options(false, true));

		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (c:Cluster) RETURN count(c) AS n").single().get("n").asLong()).isZero();
			assertThat(session.run("MATCH (e:Enterprise) RETURN count(e) AS n").single().get("n").asLong()).isEqualTo(5);
		}
	}

	@Test
	void aDryRunValidatesAndWritesNothing() {
		var summary = this.loader.load(SMALL, new GraphLoader.Options(true, false));
		assertThat(summary.render()).contains("Dry run");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n) WHERE n:Chain OR n:Enterprise OR n:Segment OR n:DataSet AND n.id = 'small-test' "
					+ "RETURN count(n) AS n").single().get("n").asLong()).isZero();
		}
	}

	private long operatesIn(String firm) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (:Enterprise {id: $id})-[r:OPERATES_IN]->() RETURN count(r) AS n",
					java.util.Map.of("id", firm)).single().get("n").asLong();
		}
	}

	void copyOf(Path source) throws IOException {
		Fixtures.copy(source, this.copy);
	}

	void replaceIn(String file, String from, String to) throws IOException {
		var path = this.copy.resolve(file);
		var text = Files.readString(path);
		assertThat(text).as("fixture %s contains %s", file, from).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	void appendTo(String file, String line) throws IOException {
		Files.writeString(this.copy.resolve(file), line, java.nio.file.StandardOpenOption.APPEND);
	}

}
