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

		assertThat(pruned.counts().get("OPERATES_IN")).as("a deletion is counted as such, not as an update")
			.isEqualTo(new LoadSummary.Counts(0, 0, 5, 0, 1));
		assertThat(operatesIn("test-a")).isEqualTo(1);
		try (var session = TestNeo4j.driver().session()) {
			var where = session.run("MATCH (:Enterprise {id: 'test-d'})-[:LOCATED_IN]->(r) RETURN collect(r.code) AS codes")
				.single().get("codes").asList();
			assertThat(where).containsExactly("440306");
			assertThat(session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong())
				.as("--prune never touches what other data sets (the built-in regions) wrote").isEqualTo(3346 + 2);
		}
	}

	@Test
	void pruneDeletesNodesTheDataSetNoLongerLists() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		Files.delete(this.copy.resolve("clusters.csv"));
		replaceIn("policy-targets.csv", "test-cluster,", ",");

		// All of a file the data set loaded before: refused unless confirmed (PruneGuardTest), as here.
		this.loader.load(this.copy, new GraphLoader.Options(false, true, false, 1.0));

		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (c:Cluster) RETURN count(c) AS n").single().get("n").asLong()).isZero();
			assertThat(session.run("MATCH (e:Enterprise) RETURN count(e) AS n").single().get("n").asLong()).isEqualTo(5);
		}
	}

	@Test
	void aPruneOfOneLinkSaysOneThing() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		replaceIn("supply-relations.csv", "test-b,test-c,铜箔,illustrative,\n", "");

		var dryRun = this.loader.load(this.copy, new GraphLoader.Options(true, true));
		var load = this.loader.load(this.copy, new GraphLoader.Options(false, true));

		assertThat(dryRun.render()).contains("--prune would delete 1 thing this data set no longer lists (");
		assertThat(load.render()).contains("--prune deleted 1 thing this data set no longer lists (");
		assertThat(load.counts().get("SUPPLIES_TO")).isEqualTo(new LoadSummary.Counts(0, 0, 1, 0, 1));
	}

	/**
	 * A firm's row deleted, the rows that name it forgotten: the firm is still in the graph, so the rows would pass,
	 * and --prune would delete the firm and, with it, what those rows say. Refused before any write, dry run or not;
	 * without --prune nothing is deleted and the load goes on.
	 */
	@Test
	void pruneRefusesARowThatNamesWhatThePruneWouldDelete() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		var before = GraphFingerprint.of(TestNeo4j.driver());
		copyOf(SMALL);
		replaceIn("enterprises.csv", "test-d,示例·丁线缆有限公司,,,,440305,专精特新小巨人,2005,illustrative,\n", "");

		for (boolean dryRun : new boolean[] { true, false }) {
			assertThat(StreamingDataSetTest.problems(() -> this.loader.load(this.copy, new GraphLoader.Options(dryRun, true))))
				.as("dry run %s", dryRun)
				.containsExactly("enterprise-segments.csv:6 字段 enterpriseId: expected an enterprise id from the enterprises"
						+ " table, found 'test-d' (示例·丁线缆有限公司), a firm this data set no longer lists: --prune would"
						+ " delete it from the graph, and this row with it; list it in the enterprises table again, or"
						+ " delete this row (本数据集已不再列出该企业，--prune 会将其连同本行删除)");
		}
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);

		this.loader.load(this.copy, new GraphLoader.Options(false, false));
		assertThat(operatesIn("test-d")).as("without --prune the firm and its link stay").isEqualTo(1);
	}

	/** The probe's case: a copy with enterprises.csv saved as enterprises.txt, which the loader does not read. */
	@Test
	void pruneWithTheFirmsTableSavedAsTextIsRefusedAndDeletesNothing() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		var before = GraphFingerprint.of(TestNeo4j.driver());
		copyOf(SMALL);
		Files.move(this.copy.resolve("enterprises.csv"), this.copy.resolve("enterprises.txt"));

		assertThat(StreamingDataSetTest.problems(() -> this.loader.load(this.copy, new GraphLoader.Options(false, true))))
			.singleElement().asString()
			.startsWith("enterprises.txt: expected the table enterprises as enterprises.csv")
			.contains("a kind of file the loader does not read");
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
	}

	/**
	 * --prune's deletions are counted as deleted, not updated; a dry run says what the load would delete, type by type
	 * with the first few names, and the load then deletes exactly that.
	 */
	@Test
	void aDryRunOfPruneSaysWhatTheLoadThenDeletes() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		// test-c gone from every file: its firm, its region, its segment link and the supply relation to it.
		replaceIn("enterprises.csv", "test-c,示例·丙电子有限公司,,,,320505,,,illustrative,\n", "");
		replaceIn("enterprise-segments.csv", "test-c,test-electronics/pcb,主营,illustrative,\n", "");
		replaceIn("supply-relations.csv", "test-b,test-c,铜箔,illustrative,\n", "");
		try (var session = TestNeo4j.driver().session()) {
			// Another data set's link to test-c goes with it: said, with what the data set itself no longer lists.
			session.run("""
					MATCH (d:Enterprise {id: 'test-d'}), (c:Enterprise {id: 'test-c'})
					CREATE (d)-[:SUPPLIES_TO {datasets: ['another-office'], source: 'illustrative'}]->(c)""").consume();
		}
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var dryRun = this.loader.load(this.copy, new GraphLoader.Options(true, true));

		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("a dry run writes nothing").isEqualTo(before);
		assertThat(dryRun.deleted()).containsOnlyKeys("Enterprise", "LOCATED_IN", "OPERATES_IN", "SUPPLIES_TO");
		assertThat(dryRun.deleted().get("Enterprise").sample()).containsExactly("示例·丙电子有限公司 (test-c)");
		assertThat(dryRun.deleted().get("SUPPLIES_TO").sample()).containsExactly("test-b → test-c");
		assertThat(dryRun.render()).contains("--prune would delete 5 things this data set no longer lists (--prune 将删除"
				+ "本数据集不再列出的数据):\n" + String.format("  %-16s %10d  %s%n", "Enterprise", 1, "示例·丙电子有限公司 (test-c)")
				+ String.format("  %-16s %10d  %s%n", "LOCATED_IN", 1, "test-c → 320505")
				+ String.format("  %-16s %10d  %s%n", "OPERATES_IN", 1, "test-c → test-electronics/pcb")
				+ String.format("  %-16s %10d  %s%n", "SUPPLIES_TO", 2, "test-b → test-c; 1 with the nodes above, listed by"
						+ " another data set or the curation API (随上述记录一并删除)"));
		assertThat(this.loader.load(this.copy, new GraphLoader.Options(true, false)).render())
			.as("without --prune nothing is said of deletions, only the node that stays (its links go with it)")
			.doesNotContain("--prune would delete 5", "--prune 将删除")
			.contains("1 thing this data set loaded before is not in it any more; it stays in the graph");

		var load = this.loader.load(this.copy, new GraphLoader.Options(false, true));

		dryRun.deleted().forEach((type, deleted) -> assertThat(load.counts().get(type).deleted())
			.as("%s deleted as the dry run said", type).isEqualTo(deleted.count()));
		assertThat(load.counts().get("Enterprise")).isEqualTo(new LoadSummary.Counts(0, 0, 4, 0, 1));
		assertThat(load.counts().get("SUPPLIES_TO").deleted()).isEqualTo(2);
		assertThat(load.render()).contains("deleted 删除", "--prune deleted 5 things this data set no longer lists",
				"示例·丙电子有限公司 (test-c)");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:Enterprise {id: 'test-c'}) RETURN count(e) AS n").single().get("n").asLong()).isZero();
		}
		assertThat(this.loader.load(this.copy, new GraphLoader.Options(true, true)).render())
			.contains("--prune would delete nothing (--prune 不会删除任何数据)");
	}

	/**
	 * An office corrects a firm's id (a typo in its 统一社会信用代码) in every file and reloads without --prune: the graph
	 * then holds the firm twice, counted twice in every gap table. The load and its dry run say how many things the
	 * data set loaded before and no longer lists, that they stay, how --prune removes them, and name both ids of the
	 * firm; a load that leaves nothing behind, the first one included, says nothing of it.
	 */
	@Test
	void aReloadWithoutPruneSaysWhatTheDataSetNoLongerListsAndNamesACorrectedId() throws IOException {
		var first = this.loader.load(SMALL, new GraphLoader.Options(false, false));
		assertThat(first.notListed()).as("a first load leaves nothing behind").isEmpty();
		assertThat(first.render()).doesNotContain("not in it any more", "不再列出");
		copyOf(SMALL);
		replaceIn("enterprises.csv", "test-c,示例·丙电子有限公司", "test-c2,示例·丙电子有限公司");
		replaceIn("enterprise-segments.csv", "test-c,test-electronics/pcb", "test-c2,test-electronics/pcb");
		replaceIn("supply-relations.csv", "test-b,test-c,", "test-b,test-c2,");
		// Nodes only: its links (LOCATED_IN, OPERATES_IN, SUPPLIES_TO) go with it, and --dry-run --prune names them.
		var said = "1 thing this data set loaded before is not in it any more; it stays in the graph, its firms in"
				+ " every count and gap table, until a load with --prune removes it (本数据集此前导入、现已不再列出的 1 项"
				+ "数据仍在图中，可用 --prune 清理):\n"
				+ String.format("  %-16s %10d  %s%n", "Enterprise", 1, "示例·丙电子有限公司 (test-c)")
				+ "  示例·丙电子有限公司 is in the graph as test-c, which this data set no longer lists, and as test-c2, which"
				+ " it lists: if test-c2 is test-c's corrected id, --prune removes test-c (同名企业，编号可能已更正)\n"
				+ "  --dry-run --prune lists what --prune would delete, links too; --prune deletes it (先用 --dry-run --prune 预览)\n";

		var dryRun = this.loader.load(this.copy, new GraphLoader.Options(true, false));
		var load = this.loader.load(this.copy, new GraphLoader.Options(false, false));

		for (var summary : java.util.List.of(dryRun, load)) {
			assertThat(summary.notListed()).isEqualTo(java.util.Map.of("Enterprise", 1L));
			assertThat(summary.render()).contains(said);
		}
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:Enterprise {name: '示例·丙电子有限公司'}) RETURN count(e) AS n").single()
				.get("n").asLong()).as("both ids stay without --prune").isEqualTo(2);
		}
		var pruned = this.loader.load(this.copy, new GraphLoader.Options(false, true));
		assertThat(pruned.counts().get("Enterprise").deleted()).isEqualTo(1);
		assertThat(pruned.notListed()).as("--prune says what it deleted instead").isEmpty();
		var again = this.loader.load(this.copy, new GraphLoader.Options(false, false));
		assertThat(again.notListed()).isEmpty();
		assertThat(again.render()).doesNotContain("not in it any more", "不再列出");
	}

	/**
	 * An office moves a firm to another segment in enterprise-segments.csv and drops a supply relation, and reloads
	 * without --prune: the firm stays in its old segment too (counted there in every gap table) and the relation
	 * stays. The load and its dry run say so, with the links named, where they used to say nothing (nodes only).
	 */
	@Test
	void aReloadWithoutPruneSaysWhichLinksBetweenListedThingsItNoLongerLists() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		copyOf(SMALL);
		replaceIn("enterprise-segments.csv", "test-d,test-copper/wire,", "test-d,test-copper/copper-foil,");
		replaceIn("supply-relations.csv", "test-a,test-b,阴极铜,illustrative,\n", "");
		var said = "2 things this data set loaded before are not in it any more; they stay in the graph";

		var dryRun = this.loader.load(this.copy, new GraphLoader.Options(true, false));
		var load = this.loader.load(this.copy, new GraphLoader.Options(false, false));

		for (var summary : java.util.List.of(dryRun, load)) {
			assertThat(summary.notListed()).isEqualTo(java.util.Map.of("OPERATES_IN", 1L, "SUPPLIES_TO", 1L));
			assertThat(summary.render()).contains(said,
					String.format("  %-16s %10d  %s%n", "OPERATES_IN", 1, "test-d → test-copper/wire"),
					String.format("  %-16s %10d  %s%n", "SUPPLIES_TO", 1, "test-a → test-b"));
		}
		assertThat(segmentsOf("test-d")).as("without --prune the old segment stays")
			.containsExactlyInAnyOrder("test-copper/wire", "test-copper/copper-foil");
		this.loader.load(this.copy, new GraphLoader.Options(false, true));
		assertThat(segmentsOf("test-d")).containsExactly("test-copper/copper-foil");
		var again = this.loader.load(this.copy, new GraphLoader.Options(false, false));
		assertThat(again.notListed()).as("after the --prune nothing is left behind").isEmpty();
	}

	/**
	 * Two data sets under one id (two offices' copies of one template): --prune of the second would delete what the
	 * first loaded, so it is refused; a load without --prune goes on, warning loudly.
	 */
	@Test
	void pruneUnderAnIdTheGraphRecordsForAnotherDataSetIsRefused() throws IOException {
		this.loader.load(SMALL, new GraphLoader.Options(false, false));
		var before = GraphFingerprint.of(TestNeo4j.driver());
		copyOf(SMALL);
		replaceIn("dataset.yaml", "name: 测试数据集", "name: 另一个办公室的数据");
		replaceIn("enterprises.csv", "test-c,示例·丙电子有限公司,,,,320505,,,illustrative,\n", "");

		for (boolean dryRun : new boolean[] { true, false }) {
			assertThat(StreamingDataSetTest.problems(() -> this.loader.load(this.copy, new GraphLoader.Options(dryRun, true))))
				.as("dry run %s", dryRun)
				.anySatisfy(p -> assertThat(p).startsWith("dataset.yaml:2 字段 id: expected an id no other data set uses")
					.contains("found 'small-test', which the graph records for the data set '测试数据集' (loaded ",
							"not '另一个办公室的数据': this --prune would delete what '测试数据集' loaded",
							"load it once without --prune to record the new name"));
		}
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);

		replaceIn("enterprise-segments.csv", "test-c,test-electronics/pcb,主营,illustrative,\n", "");
		replaceIn("supply-relations.csv", "test-b,test-c,铜箔,illustrative,\n", "");
		var renamed = this.loader.load(this.copy, new GraphLoader.Options(false, false));
		assertThat(renamed.render()).startsWith("WARNING (警告): the graph records the data set 'small-test' as '测试数据集';"
				+ " this one, '另一个办公室的数据', has the same id in dataset.yaml, and this load renamed it.");
		assertThat(this.loader.load(this.copy, new GraphLoader.Options(false, true)).counts().get("Enterprise").deleted())
			.as("renamed by a load without --prune, the data set prunes as before").isEqualTo(1);

		replaceIn("dataset.yaml", "id: small-test", "id: regions-cn");
		assertThat(StreamingDataSetTest.problems(() -> this.loader.load(this.copy, new GraphLoader.Options(true, false))))
			.containsExactly("dataset.yaml:2 字段 id: expected an id other than regions-cn, which the built-in regions are"
					+ " recorded under, found 'regions-cn' (该编号为内置行政区划保留，请另起编号)");
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

	private java.util.List<String> segmentsOf(String firm) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (:Enterprise {id: $id})-[:OPERATES_IN]->(s) RETURN s.id AS id",
					java.util.Map.of("id", firm)).list(r -> r.get("id").asString());
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
