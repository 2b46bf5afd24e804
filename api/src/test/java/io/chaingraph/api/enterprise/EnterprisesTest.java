package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The enterprises connection: filters, totals and cursors that page through everything exactly once. */
@ApiTest
class EnterprisesTest {

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	static void demo() {
		DemoGraph.ensureLoaded();
	}

	private static List<String> keys(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).list(r -> r.get(0).asString());
		}
	}

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	private List<String> allPages(String filter, String orderBy, int pageSize) {
		return allPages(filter, orderBy, pageSize, true);
	}

	/** Every page's firm keys in order; with the total, checks that every page states the same one. */
	@SuppressWarnings("unchecked")
	private List<String> allPages(String filter, String orderBy, int pageSize, boolean withTotal) {
		var client = new GraphQlClient(this.http);
		var keys = new ArrayList<String>();
		var totals = new java.util.HashSet<Object>();
		String after = null;
		do {
			var page = (Map<String, Object>) client.data("{ enterprises(filter: %s, orderBy: %s, first: %d%s) { %s pageInfo { hasNextPage endCursor } edges { node { key name } } } }"
				.formatted(filter, orderBy, pageSize, after == null ? "" : ", after: \"" + after + "\"",
						withTotal ? "totalCount" : "")).get("enterprises");
			((List<Map<String, Object>>) page.get("edges")).forEach(e -> keys.add((String) ((Map<String, Object>) e.get("node")).get("key")));
			totals.add(page.get("totalCount"));
			var info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		assertThat(totals).containsExactly(withTotal ? keys.size() : null);
		return keys;
	}

	/**
	 * Filters against the firms a plain scan finds (every firm, tested one by one as the filter reads): with a
	 * segment, region, cluster or chain the list starts from their firms; without, it walks an index in order.
	 */
	static List<Arguments> filters() {
		return List.of(Arguments.of("{}", "true"),
				Arguments.of("{tags: [\"专精特新\"]}", "'专精特新' IN coalesce(e.tags, [])"),
				Arguments.of("{illustrative: false}", "NOT coalesce(e.illustrative, false)"),
				Arguments.of("{tier: \"N\", illustrative: true}", """
						e.illustrative AND EXISTS { (e)-[:OPERATES_IN]->()-[:IN_CHAIN]->()<-[p:HAS_POLICY_CHAIN]-()
						WHERE p.tier = 'N' }"""),
				Arguments.of("{segment: \"jx-nonferrous/copper-rod-wire\"}",
						"EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: 'jx-nonferrous/copper-rod-wire'}) }"),
				Arguments.of("{segment: \"jx-nonferrous/copper-rod-wire\", region: \"3606\"}", """
						EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: 'jx-nonferrous/copper-rod-wire'}) }
						AND EXISTS { (e)-[:LOCATED_IN]->()-[:PART_OF*0..3]->(:Region {code: '3606'}) }"""),
				Arguments.of("{region: \"36\", chain: \"jx-nonferrous\", tags: [\"上市\"]}", """
						EXISTS { (e)-[:LOCATED_IN]->()-[:PART_OF*0..3]->(:Region {code: '36'}) }
						AND EXISTS { (e)-[:OPERATES_IN]->()-[:IN_CHAIN]->(:Chain {id: 'jx-nonferrous'}) }
						AND '上市' IN coalesce(e.tags, [])"""),
				Arguments.of("{chain: \"jx-nonferrous\"}",
						"EXISTS { (e)-[:OPERATES_IN]->()-[:IN_CHAIN]->(:Chain {id: 'jx-nonferrous'}) }"),
				// In 南昌 and 景德镇, working in the cluster's aviation chain.
				Arguments.of("{cluster: \"cl-ga-demo-zones\"}", """
						EXISTS { (e)-[:LOCATED_IN]->()-[:PART_OF*0..3]->(r:Region) WHERE r.code IN ['3601', '3602'] }
						AND EXISTS { (e)-[:OPERATES_IN]->()-[:IN_CHAIN]->(:Chain {id: 'jx-aviation'}) }"""),
				// The 京九 electronics belt lies in all of 江西 (36) and works in its electronics chain.
				Arguments.of("{cluster: \"cl-jingjiu-electronics-belt\", illustrative: false}", """
						EXISTS { (e)-[:LOCATED_IN]->()-[:PART_OF*0..3]->(:Region {code: '36'}) }
						AND EXISTS { (e)-[:OPERATES_IN]->()-[:IN_CHAIN]->(:Chain {id: 'jx-electronics'}) }
						AND NOT coalesce(e.illustrative, false)"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filters")
	void everyFilterPagesThroughExactlyTheFirmsAScanFindsInBothOrders(String filter, String condition) {
		var expected = keys("MATCH (e:Enterprise) WHERE " + condition + " RETURN e.id ORDER BY e.id");
		assertThat(expected).hasSizeGreaterThan(2);
		int pageSize = Math.max(2, expected.size() / 5); // a few pages each
		var byKey = allPages(filter, "KEY", pageSize);
		var byName = allPages(filter, "NAME", pageSize);
		assertThat(byKey).isEqualTo(expected);
		assertThat(byName).containsExactlyInAnyOrderElementsOf(expected);
		var names = keys("MATCH (e:Enterprise) WHERE e.id IN $keys RETURN e.name ORDER BY e.nameKey, e.id"
			.replace("$keys", byName.stream().map(k -> "'" + k + "'").toList().toString()));
		var chinese = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
		chinese.setStrength(java.text.Collator.PRIMARY);
		assertThat(names).isSortedAccordingTo(chinese);
		// Not asking for totalCount changes nothing else (without a start, the count is then not run at all).
		assertThat(allPages(filter, "NAME", pageSize, false)).isEqualTo(byName);
	}

	@Test
	void pagesThroughAProvinceExactlyOnceInBothOrders() {
		long inJiangxi = count("MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: '36'}) RETURN count(DISTINCT e)");
		var byName = allPages("{region: \"36\"}", "NAME", 37);
		var byKey = allPages("{region: \"36\"}", "KEY", 50);
		assertThat(byName).hasSize((int) inJiangxi).doesNotHaveDuplicates();
		assertThat(byKey).hasSize((int) inJiangxi).doesNotHaveDuplicates().isSorted();
		assertThat(byName).containsExactlyInAnyOrderElementsOf(byKey);
	}

	/** By name is by 拼音 (方 fang, 江铃 jiang ling, 江西洪城 … 泰豪 tai), not by code point (南 before 方 before 江). */
	@Test
	@SuppressWarnings("unchecked")
	void byNameIsIn拼音Order() {
		var client = new GraphQlClient(this.http);
		var names = new ArrayList<String>();
		String after = null;
		do {
			var page = (Map<String, Object>) client.data("{ enterprises(filter: {region: \"3601\"}, first: 7%s) { pageInfo { hasNextPage endCursor } nodes { name } } }"
				.formatted(after == null ? "" : ", after: \"" + after + "\"")).get("enterprises");
			((List<Map<String, Object>>) page.get("nodes")).forEach(n -> names.add((String) n.get("name")));
			var info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		assertThat(names).hasSize((int) count("""
				MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: '3601'})
				RETURN count(DISTINCT e)"""));
		assertThat(names).startsWith("方大特钢科技股份有限公司", "江铃汽车股份有限公司", "江西洪城环境股份有限公司", "江西洪都航空工业股份有限公司")
			.endsWith("泰豪科技股份有限公司");
		var chinese = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
		chinese.setStrength(java.text.Collator.PRIMARY);
		assertThat(names).isSortedAccordingTo(chinese);
	}

	@Test
	@SuppressWarnings("unchecked")
	void filtersCombineAndTotalCountMatchesAnIndependentCount() {
		var client = new GraphQlClient(this.http);
		var page = (Map<String, Object>) client.data("{ enterprises(filter: {region: \"36\", chain: \"jx-nonferrous\", illustrative: false}, first: 100) { totalCount edges { node { region { fullName } } } } }")
			.get("enterprises");
		long expected = count("""
				MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: '36'})
				WHERE NOT e.illustrative AND EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: 'jx-nonferrous'}) }
				RETURN count(DISTINCT e)""");
		assertThat(((Number) page.get("totalCount")).longValue()).isEqualTo(expected).isPositive();
		var tagged = (Map<String, Object>) client.data("{ enterprises(filter: {tags: [\"专精特新\"]}, first: 100) { totalCount edges { node { tags } } } }").get("enterprises");
		assertThat((List<Map<String, Object>>) tagged.get("edges"))
			.allSatisfy(e -> assertThat((List<String>) ((Map<String, Object>) e.get("node")).get("tags")).contains("专精特新"));
	}

	@Test
	void aCursorFromElsewhereIsBadInput() {
		var error = new GraphQlClient(this.http).error("{ enterprises(after: \"zzz\") { totalCount } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
	}

}
