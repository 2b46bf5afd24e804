package io.chaingraph.api.supply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.loader.chainkg.ChainKgImporter;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * upstream / downstream on the ChainKnowledgeGraph product graph: the quirks fixture imported on top of the demo data
 * (so its listed firms have regions), checked against a breadth-first search of my own over the fixture's JSON lines
 * and the demo's CSV files, read here without the loader's reader and without Neo4j. The demo state is restored
 * afterwards for the test classes that share this Neo4j.
 */
@ApiTest
class ProductGraphTraversalTest {

	private static final Path FIXTURE = Path.of(System.getProperty("chaingraph.repo.root", "."), "loader", "src", "test",
			"resources", "chainkg", "quirks");

	private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern STOCK_CODE = Pattern.compile("(?:(SH|SZ|BJ)\\.?)?(\\d{6})(?:\\.?(SH|SZ|BJ))?");

	/** product → products it supplies directly, and the other way. */
	private static final Map<String, Set<String>> FEEDS = new HashMap<>();

	private static final Map<String, Set<String>> FED_BY = new HashMap<>();

	/** product → keys of the firms making it (fixture and demo). */
	private static final Map<String, Set<String>> MAKERS = new HashMap<>();

	/** firm key → region code (demo enterprises.csv; the fixture's firms have none). */
	private static final Map<String, String> REGION_OF = new HashMap<>();

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	static void importTheFixtureOnTheDemoData() throws IOException {
		DemoGraph.ensureLoaded();
		new ChainKgImporter(TestNeo4j.driver()).importDirectory(FIXTURE, false);
		for (var row : jsonLines("product_product.json")) {
			var from = name(row.get("from_entity"));
			var to = name(row.get("to_entity"));
			if (from.equals(to)) {
				continue; // a self-loop states nothing
			}
			switch (row.get("rel")) {
				case "上游材料" -> link(to, from); // from_entity is made from to_entity
				case "下游产品" -> link(from, to);
				default -> {
				}
			}
		}
		for (var row : jsonLines("company_product.json")) {
			var product = name(row.get("product_name"));
			if (!product.isEmpty()) {
				MAKERS.computeIfAbsent(product, k -> new HashSet<>()).add(firmKey(row.get("company_code")));
			}
		}
		var loader = ProductGraphTraversalTest.class.getClassLoader();
		try (var csv = new io.chaingraph.loader.source.CsvSource("enterprises.csv", loader.getResourceAsStream("demo/enterprises.csv"))) {
			csv.forEach(row -> REGION_OF.put(row.get("id"), row.get("regionCode")));
		}
		try (var csv = new io.chaingraph.loader.source.CsvSource("enterprise-products.csv",
				loader.getResourceAsStream("demo/enterprise-products.csv"))) {
			csv.forEach(row -> MAKERS.computeIfAbsent(row.get("product"), k -> new HashSet<>()).add(row.get("enterpriseId")));
		}
	}

	@AfterAll
	static void restoreTheDemoData() {
		DemoGraph.restore();
	}

	private static void link(String from, String to) {
		FEEDS.computeIfAbsent(from, k -> new HashSet<>()).add(to);
		FED_BY.computeIfAbsent(to, k -> new HashSet<>()).add(from);
	}

	/** The string fields of each JSON line (numbers and NaN are not needed here). */
	private static List<Map<String, String>> jsonLines(String file) throws IOException {
		return Files.readAllLines(FIXTURE.resolve(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(line -> {
			var fields = new HashMap<String, String>();
			STRING_FIELD.matcher(line).results()
				.forEach(m -> fields.put(m.group(1), m.group(2).replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"")));
			return (Map<String, String>) fields;
		}).toList();
	}

	/** Names as CHAINKG.md says: stripped, each run of line breaks and tabs (with blanks around) one space. */
	private static String name(String raw) {
		return raw.replaceAll("\\s*[\\r\\n\\t]+\\s*", " ").strip();
	}

	/** 600362.SH, 600362, SH600875 → 600362-sh (exchange from the first digit when missing). */
	private static String firmKey(String raw) {
		var m = STOCK_CODE.matcher(raw.strip().toUpperCase(Locale.ROOT));
		assertThat(m.matches()).as(raw).isTrue();
		var exchange = m.group(1) != null ? m.group(1) : m.group(3);
		if (exchange == null) {
			exchange = switch (m.group(2).charAt(0)) {
				case '6', '9' -> "SH";
				case '4', '8' -> "BJ";
				default -> "SZ";
			};
		}
		return m.group(2) + "-" + exchange.toLowerCase(Locale.ROOT);
	}

	@ParameterizedTest(name = "{0} {1} {2} hops, firms in {3}")
	@CsvSource({ "锂电池, upstream, 1, 36", "锂电池, upstream, 3, 36", "储能系统, upstream, 3, 35", "储能系统, upstream, 2, 36",
			"铜精矿, downstream, 2, 36", "锂辉石, downstream, 4, 35", "光伏 玻璃, downstream, 1, 61", "阴极铜, upstream, 5, 3606" })
	@SuppressWarnings("unchecked")
	void reachesWhatABreadthFirstSearchOfTheFixtureReachesAndTheFirmsOfTheRegionThere(String start, String direction,
			int hops, String region) {
		var edges = direction.equals("upstream") ? FED_BY : FEEDS;
		var expected = Reaches.breadthFirst(start, edges, hops);
		var expectedFirms = new TreeSet<String>();
		expected.keySet().forEach(product -> MAKERS.getOrDefault(product, Set.of()).stream()
			.filter(f -> REGION_OF.containsKey(f) && REGION_OF.get(f).startsWith(region))
			.forEach(expectedFirms::add));
		expected.remove(start);

		var reach = (Map<String, Object>) new GraphQlClient(this.http).data("""
				{ %s(from: "%s", maxHops: %d, enterprisesIn: "%s") {
				    reached { hops node { ... on Product { name } } path { ... on Product { name } } }
				    enterprises { key } enterprisesCount } }""".formatted(direction, GlobalId.of("Product", start), hops, region)).get(direction);

		assertThat(Reaches.hopsCheckingPaths(reach, "name", start, edges)).isEqualTo(expected);
		var firms = ((List<Map<String, Object>>) reach.get("enterprises")).stream().map(f -> (String) f.get("key")).toList();
		assertThat(firms).containsExactlyInAnyOrderElementsOf(expectedFirms);
		assertThat(reach.get("enterprisesCount")).isEqualTo(expectedFirms.size());
	}

	/** Worked by hand from product_product.json, company_product.json and the demo's enterprises.csv. */
	@Test
	@SuppressWarnings("unchecked")
	void handWorkedAnswers() {
		var client = new GraphQlClient(this.http);
		// 锂电池 上游材料 碳酸锂 / 电解液; 碳酸锂 上游材料 锂辉石. 碳酸锂 is made by 002460-sz (赣锋, 3605 新余) and 000408-sz
		// (藏格, no region in the demo); 锂电池 by 300750-sz (3509 宁德) and 300014-sz (not in the demo).
		var lithium = (Map<String, Object>) client.data("""
				{ upstream(from: "%s", maxHops: 2, enterprisesIn: "36") {
				    reached { hops node { ... on Product { name } } } enterprises { key name } } }"""
			.formatted(GlobalId.of("Product", "锂电池"))).get("upstream");
		assertThat((List<Map<String, Object>>) lithium.get("reached"))
			.extracting(r -> ((Map<String, Object>) r.get("node")).get("name") + "@" + r.get("hops"))
			.containsExactly("电解液@1", "碳酸锂@1", "锂辉石@2");
		assertThat((List<Map<String, Object>>) lithium.get("enterprises")).extracting(e -> e.get("key")).containsExactly("002460-sz");
		// 铜精矿 下游产品 阴极铜; 阴极铜 下游产品 "铜杆\n" (the name is cleaned to 铜杆). 阴极铜 is made by 600362-sh (3606 鹰潭).
		var copper = (Map<String, Object>) client.data("""
				{ downstream(from: "%s", maxHops: 3, enterprisesIn: "3606") {
				    reached { hops node { ... on Product { name } } } enterprises { key } } }"""
			.formatted(GlobalId.of("Product", "铜精矿"))).get("downstream");
		assertThat((List<Map<String, Object>>) copper.get("reached"))
			.extracting(r -> ((Map<String, Object>) r.get("node")).get("name") + "@" + r.get("hops"))
			.containsExactly("阴极铜@1", "铜杆@2");
		assertThat((List<Map<String, Object>>) copper.get("enterprises")).extracting(e -> e.get("key")).containsExactly("600362-sh");
		// A product's name in traditional characters (銅精礦) starts from the product of its simplified name.
		var traditional = (Map<String, Object>) client.data("""
				{ downstream(from: "銅精礦", maxHops: 3, enterprisesIn: "3606") {
				    reached { hops node { ... on Product { name } } } enterprises { key } } }""").get("downstream");
		assertThat(traditional).isEqualTo(copper);
		assertThat(client.data("{ product(name: \"銅精礦\") { name } }")).isEqualTo(Map.of("product", Map.of("name", "铜精矿")));
	}

	/** A product's name as typed: spaces around it (pasted from a table), full width (a Chinese input method's). */
	@Test
	void aProductIsFoundByItsNameAsTyped() {
		var client = new GraphQlClient(this.http);
		assertThat(client.data("{ product(name: \" 铜精矿 \") { name } }")).isEqualTo(Map.of("product", Map.of("name", "铜精矿")));
		assertThat(client.data("{ product(name: \"ＣＯＢ光源\") { name } }"))
			.isEqualTo(Map.of("product", Map.of("name", "COB光源")));
	}

}
