package io.chaingraph.api.enterprise;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.loader.source.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprises connections under Region and Segment: answers worked out from the demo files, the same answers as
 * the top-level {@code enterprises} with the same filter, per-parent pages and totals, and a statement count that
 * does not grow with the data a request meets.
 */
@ApiTest
class NestedEnterprisesTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	/** enterprise key → region code, from demo/enterprises.csv. */
	private static final Map<String, String> REGION_OF = new HashMap<>();

	/** segment key → keys of the firms operating in it, from demo/enterprise-segments.csv. */
	private static final Map<String, Set<String>> FIRMS_OF = new HashMap<>();

	@BeforeAll
	static void demo() throws IOException {
		DemoGraph.ensureLoaded();
		var loader = NestedEnterprisesTest.class.getClassLoader();
		try (var csv = new CsvSource("enterprises.csv", loader.getResourceAsStream("demo/enterprises.csv"))) {
			csv.forEach(row -> REGION_OF.put(row.get("id"), row.get("regionCode")));
		}
		try (var csv = new CsvSource("enterprise-segments.csv", loader.getResourceAsStream("demo/enterprise-segments.csv"))) {
			csv.forEach(row -> FIRMS_OF.computeIfAbsent(row.get("segmentId"), k -> new HashSet<>()).add(row.get("enterpriseId")));
		}
	}

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private static List<String> keys(Object connection) {
		var edges = (List<Map<String, Object>>) ((Map<String, Object>) connection).get("edges");
		return edges.stream().map(e -> (String) ((Map<String, Object>) e.get("node")).get("key")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> pageInfo(Object connection) {
		return (Map<String, Object>) ((Map<String, Object>) connection).get("pageInfo");
	}

	@SuppressWarnings("unchecked")
	private static Object total(Object connection) {
		return ((Map<String, Object>) connection).get("totalCount");
	}

	@Test
	@SuppressWarnings("unchecked")
	void copperFoilFirmsEverywhereAndInJiangxiPagedWithCursors() {
		// enterprise-segments.csv: four firms in jx-nonferrous/copper-foil; enterprises.csv puts 301511-sz in 3604
		// (九江) and demo-nc-copperfoil-01 in 3601Z01 (南昌高新区), 301217-sz in 3417 and 688388-sh in 4414.
		var segment = (Map<String, Object>) client().data("""
				{ segment(key: "jx-nonferrous/copper-foil") {
				    all: enterprises(orderBy: KEY) { totalCount edges { node { key } } }
				    jiangxi: enterprises(region: "36", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { key name region { code } } } } } }
				""").get("segment");
		assertThat(total(segment.get("all"))).isEqualTo(4);
		assertThat(keys(segment.get("all"))).containsExactly("301217-sz", "301511-sz", "688388-sh", "demo-nc-copperfoil-01");
		var jiangxi = segment.get("jiangxi");
		assertThat(total(jiangxi)).isEqualTo(2);
		// By name: 九江德福科技股份有限公司 (九 U+4E5D) before 示例·南昌某铜箔材料有限公司 (示 U+793A).
		assertThat(keys(jiangxi)).containsExactly("301511-sz");
		assertThat(pageInfo(jiangxi).get("hasNextPage")).isEqualTo(true);
		var next = ((Map<String, Object>) client().data("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"36\", first: 1, after: \""
				+ pageInfo(jiangxi).get("endCursor") + "\") { totalCount pageInfo { hasNextPage } edges { node { key } } } } }")
			.get("segment")).get("enterprises");
		assertThat(keys(next)).containsExactly("demo-nc-copperfoil-01");
		assertThat(total(next)).isEqualTo(2);
		assertThat(pageInfo(next).get("hasNextPage")).isEqualTo(false);
	}

	@Test
	@SuppressWarnings("unchecked")
	void yingtanFirmsByChainWithTheirSubRegions() {
		// enterprises.csv: ten firms in 3606 (鹰潭), 3606Z01 (its 高新区) and 360681 (贵溪市); by enterprise-segments.csv
		// four of them work in jx-nonferrous, six in jx-mobile-iot.
		var region = (Map<String, Object>) client().data("""
				{ region(code: "3606") {
				    all: enterprises { totalCount }
				    copper: enterprises(filter: {chain: "jx-nonferrous"}) { totalCount edges { node { key region { code } } } }
				    iot: enterprises(filter: {chain: "jx-mobile-iot"}, orderBy: KEY, first: 4) { totalCount pageInfo { hasNextPage } edges { node { key } } }
				    listed: enterprises(filter: {tags: ["上市"]}) { totalCount edges { node { key } } } } }
				""").get("region");
		assertThat(total(region.get("all"))).isEqualTo(10);
		// Names in 拼音 order: 江西铜业股份有限公司 (jiang), then 示例·鹰潭某 (shi) 电 (dian) < 铜 (tong) < 再 (zai).
		assertThat(keys(region.get("copper"))).containsExactly("600362-sh", "demo-yt-enamel-01", "demo-yt-copperrod-01",
				"demo-yt-copperrod-02");
		assertThat(total(region.get("copper"))).isEqualTo(4);
		assertThat(total(region.get("iot"))).isEqualTo(6);
		assertThat(keys(region.get("iot"))).containsExactly("300066-sz", "demo-yt-meter-01", "demo-yt-meter-02",
				"demo-yt-module-01");
		assertThat(pageInfo(region.get("iot")).get("hasNextPage")).isEqualTo(true);
		assertThat(keys(region.get("listed"))).containsExactlyInAnyOrder("600362-sh", "300066-sz");
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachParentGetsItsOwnPageAndTotalAndTheSameAnswerAsTheTopLevelList() {
		var filters = List.of("{chain: \"jx-nonferrous\"}", "{illustrative: false}", "{tags: [\"专精特新\"]}",
				"{tier: \"N\"}", "{segment: \"jx-nonferrous/copper-rod-wire\"}");
		for (var filter : filters) {
			var children = (List<Map<String, Object>>) ((Map<String, Object>) client()
				.data("{ region(code: \"36\") { children { code enterprises(filter: %s, first: 100) { totalCount edges { node { key } } } } } }"
					.formatted(filter))
				.get("region")).get("children");
			for (var child : children) {
				var code = (String) child.get("code");
				var nested = child.get("enterprises");
				var top = client().data("{ enterprises(filter: %s, first: 100) { totalCount edges { node { key } } } }"
					.formatted(filter.replaceFirst("^\\{", "{region: \"" + code + "\", "))).get("enterprises");
				assertThat(keys(nested)).as("%s in %s", filter, code).isEqualTo(keys(top));
				assertThat(total(nested)).as("total %s in %s", filter, code).isEqualTo(total(top));
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everySegmentOfTheCopperChainListsItsJiangxiFirmsAsTheFilesSay() {
		var segments = (List<Map<String, Object>>) ((Map<String, Object>) client()
			.data("{ chain(key: \"jx-nonferrous\") { segments { key enterprises(region: \"36\", first: 100) { totalCount edges { node { key region { code } } } } } } }")
			.get("chain")).get("segments");
		assertThat(segments).isNotEmpty();
		for (var segment : segments) {
			var key = (String) segment.get("key");
			var expected = FIRMS_OF.getOrDefault(key, Set.of()).stream().filter(f -> REGION_OF.get(f).startsWith("36")).toList();
			assertThat(keys(segment.get("enterprises"))).as(key).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(total(segment.get("enterprises"))).as(key).isEqualTo(expected.size());
			var edges = (List<Map<String, Object>>) ((Map<String, Object>) segment.get("enterprises")).get("edges");
			for (var edge : edges) {
				var node = (Map<String, Object>) edge.get("node");
				assertThat(((Map<String, Object>) node.get("region")).get("code")).isEqualTo(REGION_OF.get(node.get("key")));
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void nestedListsTakeARegionOrChainByNameAndSayWhenTheGraphHasNone() {
		// By name, the same firms as by code (10 of 有色金属 in 赣州, with its counties and zones).
		var byCode = client().data("{ region(code: \"3607\") { enterprises(filter: {chain: \"jx-nonferrous\"}) { totalCount } } }");
		var byName = client().data("{ region(code: \"3607\") { enterprises(filter: {chain: \"有色金属\"}) { totalCount } } }");
		assertThat(byName).isEqualTo(byCode);
		assertThat(((Map<String, Object>) ((Map<String, Object>) byCode.get("region")).get("enterprises")).get("totalCount"))
			.isEqualTo(10);
		var segmentByCode = client().data("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"36\") { totalCount } } }");
		var segmentByName = client().data("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"江西\") { totalCount } } }");
		assertThat(segmentByName).isEqualTo(segmentByCode);

		// Nothing the graph has: NOT_FOUND with what it may have meant, not an empty list.
		var chain = client().error("{ region(code: \"3607\") { enterprises(filter: {chain: \"有色\"}) { totalCount } } }");
		assertThat(GraphQlClient.code(chain)).isEqualTo("NOT_FOUND");
		assertThat((String) chain.get("message")).contains("did you mean 有色金属 (jx-nonferrous)?");
		var code = client().error("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"369999\") { totalCount } } }");
		assertThat(GraphQlClient.code(code)).isEqualTo("NOT_FOUND");
		// An empty answer for what the graph has stays an empty answer.
		var none = client().data("{ region(code: \"3607\") { enterprises(filter: {chain: \"js-shipbuilding\"}) { totalCount } } }");
		assertThat(((Map<String, Object>) ((Map<String, Object>) none.get("region")).get("enterprises")).get("totalCount"))
			.isEqualTo(0);
	}

	@Test
	void badPageSizesAndCursorsAreBadInputOnTheNestedField() {
		var tooMany = client().error("{ region(code: \"36\") { enterprises(first: 0) { totalCount } } }");
		assertThat(GraphQlClient.code(tooMany)).isEqualTo("BAD_INPUT");
		var cursor = client().error("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(after: \"zzz\") { totalCount } } }");
		assertThat(GraphQlClient.code(cursor)).isEqualTo("BAD_INPUT");
		assertThat(cursor.get("path")).asString().contains("enterprises");
	}

	/**
	 * chains → segments → enterprises in a region → their regions, at two sizes: 3 chains with 2 firms per segment,
	 * then all 24 chains with 20. The statements do not grow: one per field (chains: count and page), at most four
	 * for a nested firm list (sizes; a walk in order and its counts; pages from the start: {@link FirmListPlan}).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void chainsSegmentsFirmsInARegionAndTheirRegionsRunABoundedNumberOfStatements() {
		var query = "{ chains(first: %d) { totalCount edges { node { key segments { key enterprises(region: \"36\", first: %d) "
				+ "{ totalCount edges { node { key region { code name } } } } } } } } }";
		long before = this.reads.statementsRun();
		var small = client().data(query.formatted(3, 2));
		long smallStatements = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		var large = client().data(query.formatted(24, 20));
		long largeStatements = this.reads.statementsRun() - before;

		// The large request really meets much more: count the firms it lists.
		int smallFirms = countFirms(small);
		int largeFirms = countFirms(large);
		assertThat(largeFirms).isGreaterThan(10 * Math.max(1, smallFirms));
		// chains: count + page; segments; enterprises: sizes, then pages (a walk as well, when a parent holds many);
		// region.
		assertThat(smallStatements).isBetween(6L, 9L);
		assertThat(largeStatements).as("statements for 24 chains × 20 firms vs 3 × 2").isBetween(6L, 9L);

		// And the same through a region's sub-regions, each with its firms and their segments' chains.
		var regional = "{ region(code: \"%s\") { children { code enterprises(first: %d) { totalCount edges { node { key "
				+ "segments { chain { key } } region { name } } } } } } }";
		before = this.reads.statementsRun();
		client().data(regional.formatted("3606", 1));
		long yingtan = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		client().data(regional.formatted("36", 100));
		long jiangxi = this.reads.statementsRun() - before;
		// region; children; enterprises (2 to 4); segments; chain; region.
		assertThat(yingtan).isBetween(7L, 9L);
		assertThat(jiangxi).isBetween(7L, 9L);
	}

	/**
	 * The batched statements agree for every filter of {@link EnterprisesTest#filters()} and parents of both kinds:
	 * the walks in both orders (unbounded: the same page as pages-by-parent; bounded at 40 firms: its items among
	 * the first 40), and the pages and counts from every start the parent and the filter offer (the same firms and
	 * totals as from the parent's own).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theParentWalksAndCountsAgreeWithThePagesFromTheStart() {
		var parents = List.of(parent("R:36", "36", null), parent("R:3601", "3601", null), parent("R:3606", "3606", null),
				parent("S:rod", null, "jx-nonferrous/copper-rod-wire"), parent("S:rod36", "36", "jx-nonferrous/copper-rod-wire"),
				parent("S:none", "32", "jx-nonferrous/copper-rod-wire"));
		var firstByKey = ids("MATCH (e:Enterprise) RETURN e.id ORDER BY e.id LIMIT 40");
		var firstByName = ids("MATCH (e:Enterprise) RETURN e.id ORDER BY e.nameKey, e.id LIMIT 40");
		for (var arguments : EnterprisesTest.filters()) {
			var filter = (EnterpriseController.EnterpriseFilter) arguments.get()[0];
			var totals = new HashMap<String, Integer>();
			var byKey = new HashMap<String, List<Object>>();
			for (boolean byName : new boolean[] { true, false }) {
				var parameters = EnterprisesTest.parameters(filter, byName);
				parameters.put("parents", parents);
				var pages = new HashMap<String, List<Object>>();
				this.reads.list("enterprise/pages-by-parent", parameters, r -> r).forEach(r -> {
					pages.put(r.get("key").asString(), r.get("items").asList(v -> v.get("id").asObject()));
					if (!byName) {
						byKey.put(r.get("key").asString(), pages.get(r.get("key").asString()));
					}
					totals.put(r.get("key").asString(), r.get("total").asInt());
				});
				var walk = byName ? "enterprise/parent-walks-by-name" : "enterprise/parent-walks-by-key";
				for (long scan : new long[] { Long.MAX_VALUE, 40 }) {
					parameters.put("scan", scan);
					var first = byName ? firstByName : firstByKey;
					this.reads.list(walk, parameters, r -> r).forEach(r -> {
						var key = r.get("key").asString();
						var expected = scan == 40 ? pages.get(key).stream().filter(first::contains).toList() : pages.get(key);
						assertThat(r.get("items").asList(v -> v.get("id").asObject()))
							.as("%s %s by name %s scan %d", filter, key, byName, scan).isEqualTo(expected);
					});
				}
			}
			// Paged (by key) and counted from every start the parent and the filter offer.
			var parameters = EnterprisesTest.parameters(filter, false);
			for (var parent : parents) {
				var starts = new java.util.ArrayList<String>();
				if (parent.get("segment") != null) {
					starts.add("parentSegment");
				}
				if (parent.get("region") != null) {
					starts.add("parentRegion");
				}
				starts.addAll(EnterprisesTest.starts(filter));
				for (var start : starts) {
					var row = new HashMap<>(parent);
					row.put("start", start);
					parameters.put("parents", List.of(row));
					int total = this.reads.single("enterprise/parent-counts", parameters, r -> r.get("total").asInt());
					assertThat(total).as("%s %s from %s", filter, parent.get("key"), start)
						.isEqualTo(totals.get(parent.get("key")));
					var page = this.reads.single("enterprise/pages-by-parent", parameters, r -> r);
					assertThat(page.get("items").asList(v -> v.get("id").asObject()))
						.as("%s %s paged from %s", filter, parent.get("key"), start)
						.isEqualTo(byKey.get(parent.get("key")));
					assertThat(page.get("total").asInt()).isEqualTo(totals.get(parent.get("key")));
				}
			}
		}
	}

	private static List<String> ids(String cypher) {
		try (var session = io.chaingraph.testsupport.TestNeo4j.driver().session()) {
			return session.run(cypher).list(r -> r.get(0).asString());
		}
	}

	private static Map<String, Object> parent(String key, String region, String segment) {
		var parent = new HashMap<String, Object>();
		parent.put("key", key);
		parent.put("region", region);
		parent.put("segment", segment);
		parent.put("start", segment == null ? "parentRegion" : "parentSegment"); // its own firms
		return parent;
	}

	@SuppressWarnings("unchecked")
	private static int countFirms(Map<String, Object> data) {
		int firms = 0;
		for (var chain : (List<Map<String, Object>>) ((Map<String, Object>) data.get("chains")).get("edges")) {
			for (var segment : (List<Map<String, Object>>) ((Map<String, Object>) chain.get("node")).get("segments")) {
				firms += keys(segment.get("enterprises")).size();
			}
		}
		return firms;
	}

}
