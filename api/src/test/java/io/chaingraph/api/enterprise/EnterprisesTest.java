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

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> allPages(String filter, String orderBy, int pageSize) {
		var client = new GraphQlClient(this.http);
		var keys = new ArrayList<String>();
		String after = null;
		do {
			var page = (Map<String, Object>) client.data("{ enterprises(filter: %s, orderBy: %s, first: %d%s) { totalCount pageInfo { hasNextPage endCursor } edges { node { key name } } } }"
				.formatted(filter, orderBy, pageSize, after == null ? "" : ", after: \"" + after + "\"")).get("enterprises");
			((List<Map<String, Object>>) page.get("edges")).forEach(e -> keys.add((String) ((Map<String, Object>) e.get("node")).get("key")));
			var info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		return keys;
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
