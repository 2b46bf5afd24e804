package io.chaingraph.loader.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.GraphFingerprint;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export DIR}: the graph written out as a data set folder that, loaded into an empty graph, gives the same
 * graph back, curation and provenance included.
 */
class ExportCommandTest {

	/**
	 * Bookkeeping of each graph, not its data: which data sets list a record ({@code datasets}: the export is one data
	 * set of its own), and when and what each data set loaded ({@code DataSet}); the audit trail of the curation API.
	 */
	static final Set<String> BOOKKEEPING_PROPERTIES = Set.of("datasets", "loadedAt", "checksum");

	static final Set<String> BOOKKEEPING_LABELS = Set.of("DataSet", "AuditEntry");

	/** The curation API's mark on what it wrote or changed. */
	private static final String CURATED = "curation:api";

	/** A name and a quote as an office types them: Chinese, commas, both kinds of quotes, a line break in the quote. */
	private static final String NAME = "南昌\"新\"材料,科技有限公司";

	private static final String QUOTE = "支持南昌新材料，发展“铜箔”, \"锂电\"\n第二行：重点项目";

	@TempDir
	Path temp;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void theExportLoadedIntoAnEmptyGraphIsTheGraphItCameFrom() throws IOException {
		this.loader.loadShipped(false);
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		curate();
		var original = fingerprint();
		var gaps = gaps();
		var folder = this.temp.resolve("导出");

		assertThat(export(folder.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("as data set export-", "Left out",
				"ChainKnowledgeGraph", "audit trail");
		assertThat(Files.readString(folder.resolve("README.md"))).contains("ChainKnowledgeGraph", "audit trail");
		assertThat(Files.readString(folder.resolve("dataset.yaml"))).contains("format: chaingraph/v1", "id: export-");

		TestNeo4j.clearData();
		var check = this.loader.load(folder, new GraphLoader.Options(true, false));
		assertThat(check.warnings()).isEmpty();
		this.loader.load(folder, new GraphLoader.Options(false, false));

		assertThat(fingerprint()).isEqualTo(original);
		assertThat(gaps()).isEqualTo(gaps);
		try (var session = TestNeo4j.driver().session()) {
			var firm = session.run("MATCH (e:Enterprise {id: 'nc-new-material'}) RETURN e.name AS name, e.quote AS quote,"
					+ " e.illustrative AS illustrative").single();
			assertThat(firm.get("name").asString()).isEqualTo(NAME);
			assertThat(firm.get("quote").asString()).isEqualTo(QUOTE);
			assertThat(firm.get("illustrative").asBoolean()).isFalse();
		}
	}

	@Test
	void aFirmEnterprisesCsvCannotListIsNamedWithItsLinksAndTheExportStillLoads() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		try (var session = TestNeo4j.driver().session()) {
			// A firm of the ChainKnowledgeGraph import (no region) that a curator tagged and linked to a segment.
			session.run("""
					CREATE (e:Enterprise {id: '600000-sh', name: '某上市公司', source: 'chainkg:company.json:1',
					                      tags: ['链主'], datasets: ['curation:api']})
					WITH e MATCH (s:Segment {id: 'test-copper/cathode'}), (c:Enterprise {id: 'test-a'})
					CREATE (e)-[:OPERATES_IN {source: 'illustrative', illustrative: true, datasets: ['curation:api']}]->(s)
					CREATE (c)-[:SUPPLIES_TO {source: 'illustrative', illustrative: true, datasets: ['curation:api']}]->(e)
					""").consume();
		}
		var folder = this.temp.resolve("export");

		assertThat(export(folder.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("firm 600000-sh 某上市公司: no region",
				"a row naming firm 600000-sh, which enterprises.csv does not list (企业未导出，其关联未导出): 600000-sh, test-copper/cathode",
				"a row naming firm 600000-sh, which enterprises.csv does not list (企业未导出，其关联未导出): test-a, 600000-sh");
		assertThat(Files.readString(folder.resolve("README.md"))).contains("firm 600000-sh");
		TestNeo4j.clearData();
		assertThat(this.loader.load(folder, new GraphLoader.Options(true, false)).warnings()).isEmpty();
	}

	/**
	 * A graph written before the loader refused a value twice in one list cell holds such lists (tags [链主, 上市,
	 * 上市]): its export writes each value once, so the folder loads back.
	 */
	@Test
	void aValueTwiceInAStoredListIsExportedOnceAndTheExportLoads() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (e:Enterprise {id: 'test-a'})
					SET e.tags = e.tags + e.tags[0] + '上市' + '上市', e.aliases = ['甲铜', '甲铜']
					""").consume();
		}
		var folder = this.temp.resolve("export");
		assertThat(export(folder.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);
		var row = Files.readAllLines(folder.resolve("enterprises.csv")).stream().filter(l -> l.startsWith("test-a,")).findFirst()
			.orElseThrow();
		assertThat(row).contains("甲铜").doesNotContain("甲铜;甲铜", "上市;上市");
		TestNeo4j.clearData();
		this.loader.load(folder, new GraphLoader.Options(false, false));
		assertThat(TestNeo4j.driver().executableQuery("MATCH (e:Enterprise {id: 'test-a'}) RETURN e.aliases AS a").execute()
			.records().get(0).get("a").asList()).containsExactly("甲铜");
	}

	/** dataset.yaml and the README say the curation API changed the graph only when its audit trail says so. */
	@Test
	void theDescriptionNamesCurationOnlyWhenTheApiChangedSomething() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var plain = this.temp.resolve("plain");

		assertThat(export(plain.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);

		assertThat(Files.readString(plain.resolve("dataset.yaml"))).contains("from a graph holding the data sets")
			.doesNotContain("curation API", "API 维护");
		assertThat(Files.readString(plain.resolve("README.md"))).doesNotContain("what the curation API changed");

		curate();
		var curated = this.temp.resolve("curated");
		assertThat(export(curated.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);
		assertThat(Files.readString(curated.resolve("dataset.yaml"))).contains("and what the curation API changed",
				"含经 API 维护的数据");
	}

	/**
	 * A product keeps the source of the row that first named it; when that maker's link is gone, the format has no
	 * row to carry it, and the export says which source the product (and its segment) will take instead.
	 */
	@Test
	void aProductWhoseSourceNoRowHasIsNamedWithTheSourceItWillTake() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (b:Enterprise {id: 'test-b'}), (s:Segment {id: 'test-copper/cathode'})
					CREATE (p:Product {name: '阴极铜样品', source: 'seed:gone.txt', quote: '原文', illustrative: false,
					                   datasets: ['office']})
					CREATE (b)-[:MAKES {source: 'file:名单.xlsx', illustrative: false, datasets: ['curation:api']}]->(p)
					CREATE (p)-[:IN_SEGMENT {source: 'seed:gone.txt', quote: '原文', illustrative: false,
					                         datasets: ['office']}]->(s)
					""").consume();
		}
		var folder = this.temp.resolve("products");

		assertThat(export(folder.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(
				"product 阴极铜样品: its own source 'seed:gone.txt' (\"原文\"), no firm's row has it any more; loaded back it"
						+ " takes the source of test-b's row, 'file:名单.xlsx'",
				"product 阴极铜样品: its segment test-copper/cathode with the source 'seed:gone.txt' (\"原文\"), which no free"
						+ " row has; loaded back it takes the source of test-b's row, 'file:名单.xlsx'");
		assertThat(Files.readString(folder.resolve("README.md"))).contains("product 阴极铜样品: its own source");
		assertThat(Files.readString(folder.resolve("enterprise-products.csv")))
			.contains("test-b,阴极铜样品,,test-copper/cathode,file:名单.xlsx,");
	}

	@Test
	void anEmptyGraphIsSaidSoAndNoFolderIsMade() {
		var folder = this.temp.resolve("empty-export");

		assertThat(export(folder.toString())).isEqualTo(ExportCommand.NOTHING);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no data to export", "没有可导出的数据");
		assertThat(folder).doesNotExist();
		assertThat(this.temp).isEmptyDirectory();
	}

	@Test
	void aFolderWithAnythingInItIsRefusedAndLeftAsItWas() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var folder = Files.createDirectories(this.temp.resolve("backup"));
		Files.writeString(folder.resolve("notes.txt"), "mine");

		assertThat(export(folder.toString())).isEqualTo(LoaderCommand.USAGE);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("not an empty folder", "目录已存在且非空");
		try (var files = Files.list(folder)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
		}
	}

	/** A folder that cannot be made (a file where its parent should be) is said in words, not a stack trace. */
	@Test
	void aFolderThatCannotBeWrittenIsSaidSo() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var file = Files.writeString(this.temp.resolve("a-file"), "mine");

		assertThat(export(file.resolve("export").toString())).isEqualTo(LoaderCommand.USAGE);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot be written", "无法写入", "Nothing was exported");
		assertThat(file).hasContent("mine");
		try (var files = Files.list(this.temp)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactly("a-file");
		}
	}

	/** An --id the graph records already is refused: the export would be loaded back as that data set. */
	@Test
	void anIdTheGraphRecordsIsRefused() {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var recorded = TestNeo4j.driver().executableQuery("MATCH (d:DataSet) WHERE d.id <> 'regions-cn' RETURN d.id AS id")
			.execute().records().getFirst().get("id").asString();
		var folder = this.temp.resolve("same-id");

		assertThat(export(folder.toString(), "--id", recorded)).isEqualTo(LoaderCommand.USAGE);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--id " + recorded + " is a data set the graph records",
				"请另选编号", "Nothing was exported");
		assertThat(folder).doesNotExist();
	}

	/**
	 * Two cities export their graphs on one day and the province loads both exports: two data sets, not the second
	 * taken for a reload of the first (both were export-&lt;date&gt;: the first city's records "no longer listed", a
	 * --prune of the second deleting them), each named after the data sets it holds and keeping their dates.
	 */
	@Test
	void twoCitiesExportsOfOneDayAreTwoDataSetsThatKeepWhichDataSetsAndDatesTheyHold() throws IOException {
		var today = java.time.LocalDate.now().toString();
		var fromNanchang = exportOf(city("nanchang", "南昌招商数据", "2026-10-31"), "南昌导出");
		var fromGanzhou = exportOf(city("ganzhou", "赣州招商数据", "2026-09-30"), "赣州导出");

		assertThat(Files.readString(fromNanchang.resolve("dataset.yaml"))).contains("id: export-" + today + "-nanchang\n",
				"name: 图谱导出 " + today + " (南昌招商数据)\n", "holding the data sets nanchang (南昌招商数据, as of 2026-10-31).",
				"asOf: '2026-10-31'");
		assertThat(Files.readString(fromNanchang.resolve("README.md"))).contains("nanchang (南昌招商数据, as of 2026-10-31)");
		TestNeo4j.clearData();
		this.loader.load(fromNanchang, new GraphLoader.Options(false, false));
		var second = this.loader.load(fromGanzhou, new GraphLoader.Options(false, false));

		assertThat(second.warnings()).isEmpty();
		assertThat(second.render()).as("nothing of 南昌's is taken for no longer listed").doesNotContain("not in it any more");
		assertThat(TestNeo4j.driver().executableQuery("MATCH (d:DataSet) WHERE d.id <> 'regions-cn'"
				+ " RETURN d.id + ' ' + toString(d.asOf) AS d ORDER BY d").execute().records().stream()
			.map(r -> r.get("d").asString()))
			.containsExactly("export-" + today + "-ganzhou 2026-09-30", "export-" + today + "-nanchang 2026-10-31");
		assertThat(TestNeo4j.driver().executableQuery("MATCH (e:Enterprise {id: 'test-a'}) RETURN e.datasets AS d")
			.execute().records().getFirst().get("d").asList(org.neo4j.driver.Value::asString))
			.containsExactlyInAnyOrder("export-" + today + "-nanchang", "export-" + today + "-ganzhou");
	}

	@Test
	void theDefaultIdNamesTheDataSetsAndTheDateIsTheOldestOfTheirs() {
		assertThat(ExportCommand.defaultId("2026-11-26", List.of())).isEqualTo("export-2026-11-26");
		assertThat(ExportCommand.defaultId("2026-11-26", List.of("nanchang", "ganzhou")))
			.isEqualTo("export-2026-11-26-ganzhou-nanchang");
		assertThat(ExportCommand.defaultId("2026-11-26", List.of("d", "c", "b", "a", "e")))
			.isEqualTo("export-2026-11-26-a-b-c-and-2-more");
		var dated = Map.of("a", new DataSetExport.Source("甲", "2026-10-31"), "b", new DataSetExport.Source("乙", "2026-09-30"));
		assertThat(ExportCommand.asOf("2026-11-26", dated)).isEqualTo("2026-09-30");
		assertThat(ExportCommand.asOf("2026-11-26", Map.of("a", new DataSetExport.Source("甲", "2026-10-31"), "b",
				new DataSetExport.Source("乙", null)))).as("a data set of no date: the day of the export").isEqualTo("2026-11-26");
	}

	@Test
	void theDefaultIdIsNoneOfTheGraphsDataSets() {
		assertThat(ExportCommand.freeId("export-2026-11-26", Map.of("demo", "演示")))
			.isEqualTo("export-2026-11-26");
		assertThat(ExportCommand.freeId("export-2026-11-26",
				Map.of("export-2026-11-26", "a", "export-2026-11-26-2", "b")))
			.isEqualTo("export-2026-11-26-3");
	}

	/** A copy of the small data set under a city's id, name and date. */
	private Path city(String id, String name, String asOf) throws IOException {
		var folder = this.temp.resolve(id);
		Fixtures.copy(DataSetLoadTest.SMALL, folder);
		Fixtures.replace(folder, "dataset.yaml", "id: small-test\nname: 测试数据集", "id: " + id + "\nname: " + name
				+ "\nasOf: " + asOf);
		return folder;
	}

	/** The data set loaded into an empty graph and exported into {@code name}. */
	private Path exportOf(Path dataSet, String name) throws IOException {
		TestNeo4j.clearData();
		this.loader.load(dataSet, new GraphLoader.Options(false, false));
		var folder = this.temp.resolve(name);
		assertThat(export(folder.toString())).as(this.err.toString()).isEqualTo(LoaderCommand.OK);
		return folder;
	}

	private int export(String... args) {
		return ExportCommand.run(args, TestNeo4j.driver(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String fingerprint() {
		return GraphFingerprint.of(TestNeo4j.driver(), BOOKKEEPING_PROPERTIES, BOOKKEEPING_LABELS);
	}

	/**
	 * The gap table of a few chains in a few regions, as the API reads it: each segment's firms and 链主 (the rows
	 * hold the nodes too, whose datasets differ by design).
	 */
	private static List<String> gaps() {
		var tables = new ArrayList<String>();
		try (var session = TestNeo4j.driver().session()) {
			for (var chain : List.of("jx-nonferrous", "jx-electronics", "test-copper")) {
				for (var region : List.of("36", "3601", "3607")) {
					session.run(CypherCatalog.standard().query("gap/segment-table"), Map.of("chain", chain, "region", region))
						.forEachRemaining(r -> tables.add(chain + " " + region + " " + r.get("segment").get("id").asString()
								+ " " + r.get("firms").asLong() + " "
								+ r.get("chainLeaders").asList(l -> l.get("id").asString() + "@" + l.get("regionCode").asString())));
				}
			}
		}
		assertThat(tables).as("gap rows").hasSizeGreaterThan(20);
		tables.sort(null); // the statement's rows come in storage order
		return tables;
	}

	/**
	 * What the curation API does, by its own statements: a firm added with a quote, linked to a segment and a
	 * customer, designated 龙头; another tagged; a 链主 revoked; a firm removed.
	 */
	private static void curate() {
		var cypher = CypherCatalog.standard();
		try (var session = TestNeo4j.driver().session()) {
			var props = new HashMap<String, Object>();
			props.put("id", "nc-new-material");
			props.put("name", NAME);
			props.put("nameKey", io.chaingraph.model.order.NameOrder.key(NAME));
			props.put("aliases", List.of("南昌新材料"));
			props.put("creditCode", null);
			props.put("stockCode", null);
			props.put("tags", List.of("专精特新"));
			props.put("founded", 2019L);
			props.put("source", "web:南昌市工业和信息化局");
			props.put("quote", QUOTE);
			props.put("illustrative", false);
			var provenance = new HashMap<String, Object>();
			provenance.put("source", "web:南昌市工业和信息化局");
			provenance.put("quote", QUOTE);
			provenance.put("illustrative", false);
			session.run(cypher.query("curation/upsert-enterprise"), Map.of("key", "nc-new-material", "props", props,
					"regionCode", "3601", "provenance", provenance, "marker", CURATED)).consume();
			var link = new HashMap<String, Object>(provenance);
			link.put("role", "主营");
			session.run(cypher.query("curation/link-segment"), Map.of("enterprise", "nc-new-material", "segment",
					"test-copper/copper-foil", "props", link, "marker", CURATED)).consume();
			var supply = new HashMap<String, Object>(provenance);
			supply.put("product", "铜箔, 6μm");
			session.run(cypher.query("curation/add-supply-relation"), Map.of("supplier", "nc-new-material", "customer",
					"test-c", "props", supply, "marker", CURATED)).consume();
			session.run(cypher.query("curation/tag-enterprise"), Map.of("enterprise", "test-b", "tags",
					List.of("专精特新", "高新技术企业"), "marker", CURATED)).consume();
			var designation = new HashMap<String, Object>(provenance);
			designation.put("id", "LEADING:test-copper:3601:nc-new-material");
			designation.put("kind", "LEADING");
			designation.put("label", "龙头");
			designation.put("by", "南昌市人民政府");
			designation.put("year", 2025L);
			session.run(cypher.query("curation/designate"), Map.of("key", "LEADING:test-copper:3601:nc-new-material",
					"props", designation, "enterprise", "nc-new-material", "chain", "test-copper", "region", "3601",
					"provenance", provenance, "marker", CURATED)).consume();
			session.run(cypher.query("curation/revoke-designation"), Map.of("key", "CHAIN_LEADER:test-copper:36:test-a"))
				.consume();
			session.run(cypher.query("curation/remove-enterprise"), Map.of("enterprise", "test-d")).consume();
			session.run(cypher.query("curation/record-audit"), Map.of("entry", Map.of("id", "audit-1", "actor", "test",
					"mutation", "removeEnterprise", "arguments", "{}", "source", "illustrative", "entityType",
					"Enterprise", "entityKey", "test-d"))).consume();
			// the API keeps the stored firm counts as a refresh computes them (CurationFirmCountTest)
			session.run(cypher.query("firmcount/refresh"), java.util.Collections.singletonMap("chains", null)).consume();
		}
	}

}
