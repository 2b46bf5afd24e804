package io.chaingraph.loader.chainkg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Value;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Imports a small fixture in the ChainKnowledgeGraph format that holds every known quirk, and checks the graph
 * against counts the test works out from the files on its own.
 */
class ChainKgImporterTest {

	private static final Path QUIRKS = fixture("/chainkg/quirks");

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearAll();
	}

	@Test
	void writesWhatTheFilesStateAccordingToTheDocumentedRules() {
		var expected = Expected.from(QUIRKS);
		var report = importer().importDirectory(QUIRKS, false);

		assertThat(ids("MATCH (n:Industry) RETURN n.code AS k")).isEqualTo(expected.industries);
		assertThat(ids("MATCH (n:Enterprise) RETURN n.id AS k")).isEqualTo(expected.enterprises);
		assertThat(ids("MATCH (n:Product) RETURN n.name AS k")).isEqualTo(expected.products);
		assertThat(ids("MATCH (a)-[:SUB_INDUSTRY_OF]->(b) RETURN a.code + '>' + b.code AS k"))
			.isEqualTo(expected.subIndustries);
		assertThat(ids("MATCH (a)-[:IN_INDUSTRY]->(b) RETURN a.id + '>' + b.code AS k"))
			.isEqualTo(expected.inIndustries);
		assertThat(ids("MATCH (a)-[:MAKES]->(b) RETURN a.id + '>' + b.name AS k")).isEqualTo(expected.makes);
		assertThat(ids("MATCH (a)-[:SUPPLIES]->(b) RETURN a.name + '>' + b.name AS k")).isEqualTo(expected.supplies);
		assertThat(ids("MATCH (a)-[:SUB_PRODUCT_OF]->(b) RETURN a.name + '>' + b.name AS k"))
			.isEqualTo(expected.subProducts);

		// The report counts the same, and everything was created by this first import.
		var counts = Map.of("Industry", expected.industries, "Enterprise", expected.enterprises, "Product",
				expected.products, "SUB_INDUSTRY_OF", expected.subIndustries, "IN_INDUSTRY", expected.inIndustries,
				"MAKES", expected.makes, "SUPPLIES", expected.supplies, "SUB_PRODUCT_OF", expected.subProducts);
		counts.forEach((type, set) -> {
			assertThat(report.written(type).distinct()).as(type).isEqualTo(set.size());
			assertThat(report.written(type).created()).as(type).isEqualTo(set.size());
		});
		assertThat(report.linesRead()).isEqualTo(expected.lines);
		// Sanity: the fixture is not trivial.
		assertThat(expected.products).hasSize(20);
		assertThat(expected.supplies).hasSize(7);
	}

	@Test
	void reportsEachQuirkWithItsCount() {
		var expected = Expected.from(QUIRKS);
		var report = importer().importDirectory(QUIRKS, false);

		// Counted by the test from the files.
		assertThat(report.quirk(ChainKgQuirk.SELF_LOOP)).isEqualTo(expected.selfLoops);
		assertThat(report.quirk(ChainKgQuirk.NAME_CLEANED)).isEqualTo(expected.namesCleaned);
		assertThat(report.quirk(ChainKgQuirk.NAME_WITH_QUOTES)).isEqualTo(expected.namesWithQuotes);
		assertThat(report.quirk(ChainKgQuirk.PRODUCT_NOT_LISTED))
			.isEqualTo(expected.products.size() - expected.productsListed.size());
		assertThat(report.quirk(ChainKgQuirk.INDUSTRY_NOT_LISTED))
			.isEqualTo(expected.industries.size() - expected.industriesListed.size());
		assertThat(report.quirk(ChainKgQuirk.COMPANY_NOT_LISTED))
			.isEqualTo(expected.enterprises.size() - expected.enterprisesListed.size());
		assertThat(report.quirk(ChainKgQuirk.DUPLICATE_COMPANY_PRODUCT))
			.isEqualTo(expected.makesLines - expected.makes.size());
		assertThat(report.quirk(ChainKgQuirk.DUPLICATE_SUPPLY))
			.isEqualTo(expected.supplyLines - expected.supplies.size());
		assertThat(report.quirk(ChainKgQuirk.WEIGHT_OUT_OF_RANGE)).isEqualTo(expected.weightsOutOfRange);
		assertThat(report.quirk(ChainKgQuirk.CODE_NORMALISED)).isEqualTo(expected.codesNotCanonical.size());
		assertThat(report.normalisedCodes()).containsEntry("600362", "600362-sh")
			.containsEntry("SH600875", "600875-sh")
			.containsEntry("830799", "830799-bj")
			.containsEntry("sz002460", "002460-sz")
			.hasSize(expected.codesNotCanonical.size());

		// Every quirk is in the fixture, as designed.
		var designed = new LinkedHashMap<ChainKgQuirk, Long>();
		designed.put(ChainKgQuirk.NAME_CLEANED, 12L);
		designed.put(ChainKgQuirk.NAME_WITH_QUOTES, 4L);
		designed.put(ChainKgQuirk.BLANK_VALUE, 1L);
		designed.put(ChainKgQuirk.CODE_NORMALISED, 8L);
		designed.put(ChainKgQuirk.CODE_FORMATS_MIXED, 4L);
		designed.put(ChainKgQuirk.EXCHANGE_MISMATCH, 1L);
		designed.put(ChainKgQuirk.LISTING_DATE_INVALID, 1L);
		designed.put(ChainKgQuirk.DUPLICATE_COMPANY, 1L);
		designed.put(ChainKgQuirk.COMPANY_NOT_LISTED, 2L);
		designed.put(ChainKgQuirk.DUPLICATE_INDUSTRY, 1L);
		designed.put(ChainKgQuirk.INDUSTRY_NOT_LISTED, 2L);
		designed.put(ChainKgQuirk.DUPLICATE_PRODUCT, 1L);
		designed.put(ChainKgQuirk.PRODUCT_NOT_LISTED, 9L);
		designed.put(ChainKgQuirk.DUPLICATE_COMPANY_PRODUCT, 1L);
		designed.put(ChainKgQuirk.WEIGHT_OUT_OF_RANGE, 2L);
		designed.put(ChainKgQuirk.WEIGHT_NOT_A_NUMBER, 1L);
		designed.put(ChainKgQuirk.SELF_LOOP, 2L);
		designed.put(ChainKgQuirk.DUPLICATE_SUPPLY, 1L);
		designed.put(ChainKgQuirk.DUPLICATE_RELATION, 4L);
		assertThat(designed.keySet()).containsExactly(ChainKgQuirk.values());
		var rendered = report.render();
		assertThat(rendered.strip().lines().toList().getLast()).as("the last line, as a data set load's")
			.isEqualTo(LoadSummary.changed(report.created(), report.updated(), 0));
		designed.forEach((quirk, count) -> {
			assertThat(report.quirk(quirk)).as(quirk.name()).isEqualTo(count);
			assertThat(rendered).contains(String.format("%8d  %s (%s)", count, quirk.english(), quirk.chinese()));
			assertThat(report.quirks().get(quirk).examples()).isNotEmpty()
				.hasSizeLessThanOrEqualTo(ChainKgReport.EXAMPLES)
				.allSatisfy(example -> assertThat(example).matches("\\w+\\.json:\\d+ .+"));
		});
		assertThat(report.quirks().get(ChainKgQuirk.SELF_LOOP).examples())
			.containsExactly("industry_industry.json:9 上级行业 240000 → 240000",
					"product_product.json:4 上游材料 起搏器 → 起搏器");
		assertThat(rendered).contains("type 类型", "Enterprise", "SUPPLIES", "company_product.json");
	}

	@Test
	void recordsProvenanceAndTheModelsProperties() {
		importer().importDirectory(QUIRKS, false);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n) WHERE NOT n:SchemaMigration "
					+ "AND (n.source IS NULL OR NOT n.source STARTS WITH 'chainkg:') RETURN count(n) AS n").single().get("n").asLong()).isZero();
			assertThat(session.run("MATCH ()-[r]->() WHERE r.source IS NULL OR NOT r.source STARTS WITH 'chainkg:' "
					+ "RETURN count(r) AS n")
				.single()
				.get("n")
				.asLong()).isZero();

			var jxcu = session.run("MATCH (e:Enterprise {id: '600362-sh'}) RETURN e").single().get("e");
			assertThat(jxcu.get("name").asString()).isEqualTo("江西铜业股份有限公司");
			assertThat(jxcu.get("fullName").asString()).isEqualTo("江西铜业股份有限公司");
			assertThat(jxcu.get("aliases").asList(Value::asString)).containsExactly("江西铜业");
			assertThat(jxcu.get("stockCode").asString()).isEqualTo("600362.SH");
			assertThat(jxcu.get("exchange").asString()).isEqualTo("SH");
			assertThat(jxcu.get("listedOn").asLocalDate()).hasToString("2002-01-11");
			assertThat(jxcu.get("source").asString()).isEqualTo("chainkg:company.json:1");

			var catl = session.run("MATCH (e:Enterprise {id: '300750-sz'}) RETURN e").single().get("e");
			assertThat(catl.get("listedOn").isNull()).isTrue();
			var longi = session.run("MATCH (e:Enterprise {id: '601012-sh'}) RETURN e").single().get("e");
			assertThat(longi.get("aliases").isNull()).isTrue();
			var zangge = session.run("MATCH (e:Enterprise {id: '000408-sz'}) RETURN e").single().get("e");
			assertThat(zangge.get("aliases").asList(Value::asString)).containsExactly("藏格 矿业");
			assertThat(zangge.get("name").asString()).isEqualTo("藏格矿业股份有限公司");
			var onlyInRelations = session.run("MATCH (e:Enterprise {id: '002176-sz'}) RETURN e").single().get("e");
			assertThat(onlyInRelations.get("name").asString()).isEqualTo("江特电机");
			assertThat(onlyInRelations.get("source").asString()).isEqualTo("chainkg:company_industry.json:6");
			assertThat(session.run("MATCH (e:Enterprise {id: '830799-bj'}) RETURN e.stockCode AS c")
				.single()
				.get("c")
				.asString()).isEqualTo("830799.BJ");

			var industry = session.run("MATCH (i:Industry {code: '240500'}) RETURN i").single().get("i");
			assertThat(industry.get("name").asString()).isEqualTo("能源 金属");
			assertThat(industry.get("level").asInt()).isEqualTo(2);
			assertThat(session.run("MATCH (i:Industry {code: '630799'}) RETURN i.level AS l, i.source AS s")
				.single()
				.values()).extracting(Value::asObject).containsExactly(3L, "chainkg:company_industry.json:5");

			assertThat(session.run("MATCH (p:Product {name: '锂电池'}) RETURN p.source AS s").single().get("s").asString())
				.isEqualTo("chainkg:product.json:5");
			assertThat(session.run("MATCH (p:Product {name: '储能系统'}) RETURN p.source AS s").single().get("s").asString())
				.isEqualTo("chainkg:company_product.json:9");
			var makes = session.run("MATCH (:Enterprise {id: '002460-sz'})-[m:MAKES]->(:Product {name: '碳酸锂'}) RETURN m")
				.single()
				.get("m");
			assertThat(makes.get("weight").asDouble()).isEqualTo(0.4);
			assertThat(makes.get("source").asString()).isEqualTo("chainkg:company_product.json:4");
			assertThat(session.run("MATCH (:Product {name: '分部间抵销'})<-[m:MAKES]-() RETURN m.weight AS w")
				.single()
				.get("w")
				.asDouble()).isEqualTo(-0.05);
			assertThat(session.run("MATCH (:Product {name: '储能系统'})<-[m:MAKES]-() RETURN m.weight AS w")
				.single()
				.get("w")
				.isNull()).isTrue();
			assertThat(session.run("MATCH (:Product {name: '锂电池'})<-[m:MAKES]-(:Enterprise {id: '300750-sz'}) "
					+ "RETURN m.weight AS w").single().get("w").asDouble()).isEqualTo(0.3);
			// Stated twice, as 上游材料 (line 1) and 下游产品 (line 2): one edge, upstream to downstream.
			assertThat(session.run("MATCH (:Product {name: '铜精矿'})-[s:SUPPLIES]->(:Product {name: '阴极铜'}) "
					+ "RETURN collect(s.source) AS s").single().get("s").asList(Value::asString))
				.containsExactly("chainkg:product_product.json:1");
		}
	}

	@Test
	void importingTwiceCreatesNothingTheSecondTime() {
		var importer = importer();
		var first = importer.importDirectory(QUIRKS, false);
		var before = fingerprint();
		var second = importer.importDirectory(QUIRKS, false);

		assertThat(first.created()).isPositive();
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		second.written()
			.forEach((type, w) -> assertThat(w.unchanged()).as(type).isEqualTo(first.written(type).distinct()));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void enrichesAFirmAlreadyLoadedFromTheProjectsOwnFiles() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Enterprise {id: '600362-sh', name: '江西铜业股份有限公司', aliases: ['江铜'],
					                     source: 'registry:SSE listing'})
					""").consume();
		}
		var expected = Expected.from(QUIRKS);
		var report = importer().importDirectory(QUIRKS, false);
		assertThat(report.written("Enterprise").created()).isEqualTo(expected.enterprises.size() - 1);
		assertThat(report.written("Enterprise").updated()).isEqualTo(1);
		try (var session = TestNeo4j.driver().session()) {
			var firm = session.run("MATCH (e:Enterprise {id: '600362-sh'}) RETURN e").single().get("e");
			assertThat(firm.get("source").asString()).isEqualTo("registry:SSE listing");
			assertThat(firm.get("chainkgSource").asString()).isEqualTo("chainkg:company.json:1");
			assertThat(firm.get("aliases").asList(Value::asString)).containsExactly("江铜", "江西铜业");
			assertThat(firm.get("stockCode").asString()).isEqualTo("600362.SH");
			assertThat(firm.get("listedOn").asLocalDate()).hasToString("2002-01-11");
		}
		var again = importer().importDirectory(QUIRKS, false);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
	}

	/**
	 * A firm and a product link that a data set and the import both state outlive the data set's {@code --prune}: they
	 * stay with the import as their source, with the import's other links; what only the data set listed goes. In
	 * either order: a data set loaded after the import takes the firm over and keeps the import's line.
	 */
	@ParameterizedTest(name = "import first: {0}")
	@ValueSource(booleans = { false, true })
	void whatTheImportAlsoStatesOutlivesAPruneOfTheDataSet(boolean importFirst, @TempDir Path data)
			throws IOException {
		Files.writeString(data.resolve("dataset.yaml"), "format: chaingraph/v1\nid: prune-test\nname: 剪除测试\n");
		Files.writeString(data.resolve("enterprises.csv"), """
				id,name,stockCode,regionCode,source
				600362-sh,江西铜业股份有限公司,600362.SH,3606,registry:上海证券交易所上市公司信息
				test-only,示例·仅本数据集企业,,3601,illustrative
				""");
		Files.writeString(data.resolve("enterprise-products.csv"), """
				enterpriseId,product,source
				600362-sh,阴极铜,registry:年报
				""");
		var loader = new GraphLoader(TestNeo4j.driver());
		if (importFirst) {
			importer().importDirectory(QUIRKS, false);
			loader.load(data, new GraphLoader.Options(false, false));
			assertThat(ids("MATCH (e:Enterprise {id: '600362-sh'}) RETURN e.source AS k"))
				.as("the data set takes the firm over").containsExactly("registry:上海证券交易所上市公司信息");
		}
		else {
			loader.load(data, new GraphLoader.Options(false, false));
			importer().importDirectory(QUIRKS, false);
		}

		Files.writeString(data.resolve("enterprises.csv"), "id,name,stockCode,regionCode,source\n");
		Files.writeString(data.resolve("enterprise-products.csv"), "enterpriseId,product,source\n");
		// every firm and product link of the data set removed on purpose: confirmed past --prune's guard
		loader.load(data, new GraphLoader.Options(false, true, false, 1.0));

		assertThat(ids("MATCH (n:Enterprise {id: 'test-only'}) RETURN n.id AS k")).as("only the data set listed it").isEmpty();
		try (var session = TestNeo4j.driver().session()) {
			var firm = session.run("MATCH (e:Enterprise {id: '600362-sh'}) RETURN properties(e) AS p").single().get("p");
			assertThat(firm.get("source").asString()).isEqualTo("chainkg:company.json:1");
			assertThat(firm.get("chainkgSource").isNull()).isTrue();
			assertThat(firm.get("datasets").asList()).isEmpty();
		}
		assertThat(ids("MATCH (:Enterprise {id: '600362-sh'})-[m:MAKES]->(p) RETURN p.name + ' ' + m.source AS k"))
			.as("the link both stated, now the import's, and the import's own").contains("阴极铜 chainkg:company_product.json:1")
			.anyMatch(k -> k.startsWith("铜材 chainkg:"));
		assertThat(ids("MATCH (p:Product {name: '阴极铜'}) RETURN p.source AS k")).as("the product both name")
			.singleElement(STRING).startsWith("chainkg:");
	}

	/**
	 * A data set that lists a firm the import wrote, with empty cells where the import has a stock code and an alias:
	 * the import's values stay (it lists the firm too), and the summary says so; its own name replaces nothing here.
	 */
	@Test
	void aDataSetsEmptyCellKeepsWhatTheImportGaveAFirm(@TempDir Path data) throws IOException {
		importer().importDirectory(QUIRKS, false);
		Files.writeString(data.resolve("dataset.yaml"), "format: chaingraph/v1\nid: city-test\nname: 鹰潭\n");
		Files.writeString(data.resolve("enterprises.csv"), """
				id,name,aliases,stockCode,regionCode,source
				600362-sh,江西铜业股份有限公司,,,3606,registry:上海证券交易所上市公司信息
				""");

		var load = new GraphLoader(TestNeo4j.driver()).load(data, new GraphLoader.Options(false, false));

		try (var session = TestNeo4j.driver().session()) {
			var firm = session.run("MATCH (e:Enterprise {id: '600362-sh'}) RETURN properties(e) AS p").single().get("p");
			assertThat(firm.get("stockCode").asString()).isEqualTo("600362.SH");
			assertThat(firm.get("aliases").asList(Value::asString)).containsExactly("江西铜业");
			assertThat(firm.get("source").asString()).as("the provenance comes with the row")
				.isEqualTo("registry:上海证券交易所上市公司信息");
			assertThat(firm.get("chainkgSource").asString()).isEqualTo("chainkg:company.json:1");
		}
		assertThat(load.shared().sharers()).isEqualTo(Map.of("chainkg:import", 1L));
		assertThat(load.shared().kept()).isEqualTo(2);
		assertThat(load.warnings()).isEmpty();
		assertThat(load.render()).contains("1 firm of this data set is also listed by the ChainKnowledgeGraph import"
				+ " (产业链知识图谱导入) (1 firm)", "江西铜业股份有限公司 (600362-sh): aliases (别名), stockCode (股票代码)");
	}

	@Test
	void aBrokenInputIsReportedWholeAndWritesNothing(@TempDir Path temp) throws IOException {
		importer().importDirectory(QUIRKS, false);
		var before = fingerprint();

		var broken = copy(QUIRKS, temp.resolve("broken"));
		Files.delete(broken.resolve("product_product.json"));
		append(broken.resolve("company.json"), "{\"name\": \"坏行\", \"code\": ");
		append(broken.resolve("company_industry.json"), "[\"600362.SH\", \"240202\"]");
		append(broken.resolve("industry.json"), "{\"code\": \"24AB00\", \"name\": \"坏代码\"}");
		rewrite(broken.resolve("company_product.json"), lines -> lines.set(1,
				"{\"company_name\": \"江西铜业\", \"company_code\": \"600362.SH\", \"rel\": \"主营产品\"}"));
		append(broken.resolve("company_product.json"),
				"{\"company_code\": \"12345\", \"product_name\": \"铜\", \"rel_weight\": \"much\"}");

		var thrown = catchThrowableOfType(LoadException.class,
				() -> importer().importDirectory(broken, false));
		assertThat(thrown.problems()).extracting(ChainKgImporterTest::where)
			.containsExactlyInAnyOrder("product_product.json", "company.json:12", "company_industry.json:10",
					"industry.json:11 code", "company_product.json:2 product_name",
					"company_product.json:15 company_code", "company_product.json:15 rel_weight");
		assertThat(thrown.getMessage()).contains("7 problem(s)", "company.json:12", "no such file");
		assertThat(fingerprint()).isEqualTo(before);

		assertThatThrownBy(() -> importer().importDirectory(temp.resolve("nowhere"), false))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining("no such folder");
	}

	@Test
	void aDryRunReadsAndCountsButWritesNothing() {
		var expected = Expected.from(QUIRKS);
		var report = importer().importDirectory(QUIRKS, true);
		assertThat(report.dryRun()).isTrue();
		assertThat(report.render()).contains("dry run");
		assertThat(report.render().strip().lines().toList().getLast()).as("the last line, as a data set load's")
			.matches("Valid: [0-9,]+ lines checked, nothing written \\(校验通过，未写入\\)");
		assertThat(report.written("Product").distinct()).isEqualTo(expected.products.size());
		assertThat(report.created()).isZero();
		assertThat(report.quirk(ChainKgQuirk.SELF_LOOP)).isEqualTo(expected.selfLoops);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n")
				.single()
				.get("n")
				.asLong()).isZero();
		}
	}

	@Test
	void stockCodesNormaliseToOneId() {
		assertThat(StockCode.parse("000408.SZ").id()).isEqualTo("000408-sz");
		assertThat(StockCode.parse(" 000408 ").code()).isEqualTo("000408.SZ");
		assertThat(StockCode.parse("sz000408").id()).isEqualTo("000408-sz");
		assertThat(StockCode.parse("600362").id()).isEqualTo("600362-sh");
		assertThat(StockCode.parse("900901").id()).isEqualTo("900901-sh");
		assertThat(StockCode.parse("200012").id()).isEqualTo("200012-sz");
		assertThat(StockCode.parse("430047").id()).isEqualTo("430047-bj");
		assertThat(StockCode.parse("830799").code()).isEqualTo("830799.BJ");
		assertThat(StockCode.parse("00358.HK")).isNull();
		assertThat(StockCode.parse("123456")).isNull();
		assertThat(StockCode.parse("600362").listedOn("深圳证券交易所")).isFalse();
	}

	private static ChainKgImporter importer() {
		return new ChainKgImporter(TestNeo4j.driver());
	}

	private static String where(LoadProblem problem) {
		return problem.file() + ((problem.line() > 0) ? ":" + problem.line() : "")
				+ ((problem.field() != null) ? " " + problem.field() : "");
	}

	private static Set<String> ids(String query) {
		try (var session = TestNeo4j.driver().session()) {
			return new TreeSet<>(session.run(query).list(r -> r.get("k").asString()));
		}
	}

	/** Every node and relationship of the graph with all its properties, sorted. */
	private static List<String> fingerprint() {
		try (var session = TestNeo4j.driver().session()) {
			var rows = new ArrayList<String>();
			rows.addAll(session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS l, properties(n) AS p")
				.list(r -> r.get("l").asList().toString() + sorted(r.get("p").asMap())));
			rows.addAll(session.run("""
					MATCH (a)-[r]->(b)
					RETURN type(r) AS t, properties(r) AS p,
					       coalesce(a.id, a.code, a.name) AS a, coalesce(b.id, b.code, b.name) AS b
					""").list(r -> r.get("a").asString() + "-" + r.get("t").asString() + sorted(r.get("p").asMap())
					+ "->" + r.get("b").asString()));
			rows.sort(null);
			return rows;
		}
	}

	private static String sorted(Map<String, Object> map) {
		return new java.util.TreeMap<>(map).toString();
	}

	private static Path fixture(String resource) {
		try {
			return Path.of(ChainKgImporterTest.class.getResource(resource).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (var file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

	private static void append(Path file, String line) throws IOException {
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private static void rewrite(Path file, Consumer<List<String>> change) throws IOException {
		var lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		change.accept(lines);
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/**
	 * What the fixture states, worked out here from the files and the rules as documented (README of the data set,
	 * the importer's brief), without the importer's code.
	 */
	static final class Expected {

		private static final JsonMapper JSON = JsonMapper.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.build();

		final Map<String, Long> lines = new LinkedHashMap<>();

		final Set<String> industriesListed = new TreeSet<>();

		final Set<String> industries = new TreeSet<>();

		final Set<String> enterprisesListed = new TreeSet<>();

		final Set<String> enterprises = new TreeSet<>();

		final Set<String> productsListed = new TreeSet<>();

		final Set<String> products = new TreeSet<>();

		final Set<String> subIndustries = new TreeSet<>();

		final Set<String> inIndustries = new TreeSet<>();

		final Set<String> makes = new TreeSet<>();

		final Set<String> supplies = new TreeSet<>();

		final Set<String> subProducts = new TreeSet<>();

		final Set<String> codesNotCanonical = new HashSet<>();

		long selfLoops;

		long namesCleaned;

		long namesWithQuotes;

		long makesLines;

		long supplyLines;

		long weightsOutOfRange;

		static Expected from(Path dir) {
			var e = new Expected();
			e.each(dir, "industry.json", j -> {
				e.name(j, "name");
				e.industriesListed.add(j.get("code").asString());
			});
			e.industries.addAll(e.industriesListed);
			e.each(dir, "industry_industry.json", j -> {
				e.name(j, "from_industry");
				e.name(j, "to_industry");
				var from = j.get("from_code").asString();
				var to = j.get("to_code").asString();
				if (from.equals(to)) {
					e.selfLoops++;
					return;
				}
				e.industries.add(from);
				e.industries.add(to);
				e.subIndustries.add(from + ">" + to);
			});
			e.each(dir, "company.json", j -> {
				e.name(j, "name");
				e.name(j, "fullname");
				e.enterprisesListed.add(e.id(j.get("code").asString()));
			});
			e.enterprises.addAll(e.enterprisesListed);
			e.each(dir, "company_industry.json", j -> {
				e.name(j, "company_name");
				e.name(j, "industry_name");
				var id = e.id(j.get("company_code").asString());
				var code = j.get("industry_code").asString();
				e.enterprises.add(id);
				e.industries.add(code);
				e.inIndustries.add(id + ">" + code);
			});
			e.each(dir, "product.json", j -> {
				var name = e.name(j, "name");
				e.productsListed.add(name);
			});
			e.products.addAll(e.productsListed);
			e.each(dir, "company_product.json", j -> {
				e.name(j, "company_name");
				var product = e.name(j, "product_name");
				if (product.isEmpty()) {
					return;
				}
				var id = e.id(j.get("company_code").asString());
				e.enterprises.add(id);
				e.products.add(product);
				e.makesLines++;
				if (e.makes.add(id + ">" + product) && j.has("rel_weight")) {
					var weight = j.get("rel_weight").asDouble();
					if (weight < 0 || weight > 1) {
						e.weightsOutOfRange++;
					}
				}
			});
			e.each(dir, "product_product.json", j -> {
				var from = e.name(j, "from_entity");
				var to = e.name(j, "to_entity");
				var rel = j.get("rel").asString();
				if (from.equals(to)) {
					e.selfLoops++;
					return;
				}
				e.products.add(from);
				e.products.add(to);
				switch (rel) {
					case "上游材料" -> {
						e.supplyLines++;
						e.supplies.add(to + ">" + from);
					}
					case "下游产品" -> {
						e.supplyLines++;
						e.supplies.add(from + ">" + to);
					}
					case "产品小类" -> e.subProducts.add(to + ">" + from);
					default -> throw new IllegalStateException(rel);
				}
			});
			return e;
		}

		private void each(Path dir, String file, Consumer<JsonNode> each) {
			try {
				long read = 0;
				for (var line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						read++;
						each.accept(JSON.readTree(line));
					}
				}
				this.lines.put(file, read);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		// The rule: strip; line breaks and tabs inside become one space; zero-width and control characters go.
		private String name(JsonNode json, String field) {
			if (!json.has(field)) {
				return "";
			}
			var raw = json.get(field).asString();
			var clean = raw.replaceAll("\\s*[\\r\\n\\t]+\\s*", " ").replaceAll("[\\u200B\\uFEFF\\p{Cntrl}]", "").strip();
			if (!clean.isEmpty() && !clean.equals(raw)) {
				this.namesCleaned++;
			}
			if (clean.contains("\"")) {
				this.namesWithQuotes++;
			}
			return clean;
		}

		// The rule: <digits>-<exchange>, the exchange from the suffix or prefix, else from the first digit.
		private String id(String raw) {
			var code = raw.strip().toUpperCase(java.util.Locale.ROOT);
			var digits = code.replaceAll("\\D", "");
			var exchange = code.replaceAll("[^A-Z]", "");
			if (exchange.isEmpty()) {
				exchange = switch (digits.charAt(0)) {
					case '6', '9' -> "SH";
					case '4', '8' -> "BJ";
					default -> "SZ";
				};
			}
			if (!raw.equals(digits + "." + exchange)) {
				this.codesNotCanonical.add(raw);
			}
			return digits + "-" + exchange.toLowerCase(java.util.Locale.ROOT);
		}

	}

}
