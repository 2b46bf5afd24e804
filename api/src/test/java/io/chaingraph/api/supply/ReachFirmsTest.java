package io.chaingraph.api.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firms of {@code upstream} / {@code downstream}: at most 100 listed, 链主 first, then by name, and
 * {@code enterprisesCount} counting them all. 120 firms are added in 东湖区 (360102) to one segment copper foil's
 * upstream reaches, one of them a 链主 with a name late in the order; the demo data set is loaded again afterwards.
 */
@ApiTest
class ReachFirmsTest {

	private static final int ADDED = 120;

	private static final String LEADER = "reach-cap-077";

	private static final String QUERY = """
			{ upstream(from: "jx-nonferrous/copper-foil", maxHops: 3%s) {
			    reached { node { ... on Segment { key } } } enterprises { key } enterprisesCount } }""";

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	static void addFirms() {
		DemoGraph.ensureLoaded();
		var rows = new ArrayList<Map<String, Object>>();
		for (int n = 1; n <= ADDED; n++) {
			// Names run against the keys: reach-cap-001 is 示例·封顶测试企业999, last by name.
			var name = "示例·封顶测试企业" + (1000 - n);
			rows.add(Map.of("id", "reach-cap-%03d".formatted(n), "name", name, "nameKey", NameOrder.key(name)));
		}
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (r:Region {code: '360102'}), (s:Segment {id: 'jx-nonferrous/copper-ore'})
					UNWIND $rows AS row
					CREATE (e:Enterprise) SET e = row, e.source = 'illustrative', e.illustrative = true
					CREATE (e)-[:LOCATED_IN]->(r), (e)-[:OPERATES_IN]->(s)""", Map.of("rows", rows)).consume();
			session.run("""
					MATCH (e:Enterprise {id: $firm}), (c:Chain {id: 'jx-nonferrous'}), (r:Region {code: '3601'})
					CREATE (e)-[:HOLDS]->(d:Designation {id: 'CHAIN_LEADER:jx-nonferrous:3601:' + $firm, kind: 'CHAIN_LEADER',
					  label: '链主', source: 'illustrative', illustrative: true})-[:FOR_CHAIN]->(c), (d)-[:IN_REGION]->(r)""",
					Map.of("firm", LEADER)).consume();
		}
	}

	@AfterAll
	static void restoreTheDemoData() {
		DemoGraph.restore();
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsTheFirst100LeadersFirstThenByNameAndCountsThemAll() {
		var client = new GraphQlClient(this.http);
		var reach = (Map<String, Object>) client.data(QUERY.formatted(", enterprisesIn: \"3601\"")).get("upstream");
		// Every firm of 南昌 (3601 and below) in the start or a segment reached, read here with a pattern of its own,
		// ordered as the field promises: 链主 first, then by the name's 拼音 key, then by key.
		var segments = new ArrayList<>(List.of("jx-nonferrous/copper-foil"));
		((List<Map<String, Object>>) reach.get("reached"))
			.forEach(r -> segments.add((String) ((Map<String, Object>) r.get("node")).get("key")));
		List<List<Object>> firms;
		try (var session = TestNeo4j.driver().session()) {
			firms = session.run("""
					MATCH (e:Enterprise)-[:OPERATES_IN]->(s:Segment) WHERE s.id IN $segments
					  AND EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: '3601'}) }
					WITH DISTINCT e
					RETURN e.id AS key, e.name AS name,
					       EXISTS { (e)-[:HOLDS]->(:Designation {kind: 'CHAIN_LEADER'}) } AS leader""",
					Map.of("segments", segments))
				.list(r -> List.<Object>of(r.get("key").asString(), r.get("name").asString(), r.get("leader").asBoolean()));
		}
		var expected = firms.stream()
			.sorted(Comparator.<List<Object>, Boolean>comparing(f -> !(Boolean) f.get(2))
				.thenComparing(f -> NameOrder.key((String) f.get(1)))
				.thenComparing(f -> (String) f.get(0)))
			.map(f -> (String) f.getFirst())
			.toList();
		assertThat(expected).hasSizeGreaterThan(ADDED).startsWith(LEADER);
		assertThat(reach.get("enterprisesCount")).isEqualTo(expected.size());
		assertThat((List<Map<String, Object>>) reach.get("enterprises")).extracting(e -> e.get("key"))
			.containsExactlyElementsOf(expected.subList(0, SupplyTraversal.FIRMS));
		// Stable: the same question gets the same 100.
		assertThat(client.data(QUERY.formatted(", enterprisesIn: \"3601\"")).get("upstream")).isEqualTo(reach);
	}

	@Test
	@SuppressWarnings("unchecked")
	void withoutARegionNoFirmsAndACountOfNone() {
		var reach = (Map<String, Object>) new GraphQlClient(this.http).data(QUERY.formatted("")).get("upstream");
		assertThat((List<?>) reach.get("reached")).isNotEmpty();
		assertThat(reach).containsEntry("enterprises", List.of()).containsEntry("enterprisesCount", 0);
	}

}
