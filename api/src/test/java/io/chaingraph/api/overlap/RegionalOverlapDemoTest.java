package io.chaingraph.api.overlap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * regionalOverlap and compareRegions on the demo data: 江西 (36) and 江苏 (32) on 江苏's 生物医药 chain (js-biomed),
 * worked by hand from demo/chains/js-biomed.yaml, enterprise-segments.csv and enterprises.csv.
 * <p>
 * js-biomed: api-materials {api, excipients}, rnd-services {cro, cdmo}, drugs {innovative-drugs, generics,
 * biologics}, medical-devices {diagnostic, consumables}, distribution: 14 segments. Firms of 36: 300294-sz
 * (3610, biologics), 300636-sz (3609, api), 603235-sh (360281, api), 300453-sz (3601, consumables). Firms of 32:
 * 600276-sh (3207, innovative-drugs + generics), 603259-sh (3202, cro + cdmo), yangtze-river-pharma (3212, generics),
 * 002223-sz (321181, diagnostic), 688029-sh (3201, consumables), demo-tz-api-01 (3212, api), demo-sz-biologics-01
 * (320576, biologics), demo-sz-biologics-02 (320576, biologics + innovative-drugs), demo-lyg-generics-01 (320771,
 * generics). Nobody of 36 or 32 is in excipients (3404) or distribution (31, 4201).
 * <ul>
 * <li>36 covers api, biologics, consumables and, rolled up, api-materials, drugs, medical-devices: 6 segments.</li>
 * <li>32 covers every segment but excipients and distribution: 12.</li>
 * <li>Both: the 6 of 36; 36 alone: none; 32 alone: rnd-services, cro, cdmo, innovative-drugs, generics, diagnostic.
 * Jaccard 6 / 12 = 0.5.</li>
 * <li>Gaps of 36 (8: excipients, rnd-services, cro, cdmo, innovative-drugs, generics, diagnostic, distribution); 32
 * covers 6 of them (its 6 alone). Gaps of 32 (2) that 36 covers: none.</li>
 * </ul>
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class RegionalOverlapDemoTest {

	private static final List<String> JIANGSU_ALONE = List.of("js-biomed/rnd-services", "js-biomed/cro",
			"js-biomed/cdmo", "js-biomed/innovative-drugs", "js-biomed/generics", "js-biomed/diagnostic");

	private static final List<String> BOTH = List.of("js-biomed/api-materials", "js-biomed/api", "js-biomed/drugs",
			"js-biomed/biologics", "js-biomed/medical-devices", "js-biomed/consumables");

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private static <T> T at(Object data, String path) {
		Object current = data;
		for (var step : path.split("\\.")) {
			current = step.matches("\\d+") ? ((List<Object>) current).get(Integer.parseInt(step))
					: ((Map<String, Object>) current).get(step);
		}
		return (T) current;
	}

	@SuppressWarnings("unchecked")
	private static List<String> segmentKeys(Object connection) {
		return ((List<Map<String, Object>>) at(connection, "edges")).stream()
			.map(e -> (String) at(e, "node.segment.key"))
			.toList();
	}

	@Test
	void jiangxiAndJiangsuOnTheBiomedChain() {
		var overlap = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") {
				    regions { code } chain { key } nesting { inner { code } }
				    segmentCount chainCount
				    byRegion { region { code } segmentsCovered chainsCovered
				               segmentsAlone { totalCount edges { node { segment { key } coveredBy { code } } } } }
				    segmentsCoveredByAll { totalCount edges { node { segment { key } coveredBy { code } } } }
				    chainsCoveredByAll { totalCount edges { node { chain { key } segmentCount segmentsCovered } } }
				    pairs { a { code } b { code } sharedSegments unionSegments jaccard sharedChains unionChains chainJaccard nested }
				    complementarity { gapsOf { code } coveredBy { code } gapCount
				                      gaps { totalCount edges { node { segment { key } } } } }
				} }"""), "regionalOverlap");
		assertThat(at(overlap, "regions.0.code").toString()).isEqualTo("36");
		assertThat(at(overlap, "regions.1.code").toString()).isEqualTo("32");
		assertThat(at(overlap, "chain.key").toString()).isEqualTo("js-biomed");
		assertThat((List<?>) at(overlap, "nesting")).isEmpty();
		assertThat((Integer) at(overlap, "segmentCount")).isEqualTo(14);
		assertThat((Integer) at(overlap, "chainCount")).isEqualTo(1);

		assertThat((Integer) at(overlap, "byRegion.0.segmentsCovered")).isEqualTo(6);
		assertThat((Integer) at(overlap, "byRegion.1.segmentsCovered")).isEqualTo(12);
		assertThat((Integer) at(overlap, "byRegion.0.segmentsAlone.totalCount")).isZero();
		assertThat(segmentKeys(at(overlap, "byRegion.1.segmentsAlone"))).isEqualTo(JIANGSU_ALONE);
		assertThat((List<?>) at(overlap, "byRegion.1.segmentsAlone.edges.0.node.coveredBy")).hasSize(1);

		assertThat(segmentKeys(at(overlap, "segmentsCoveredByAll"))).isEqualTo(BOTH);
		assertThat((List<?>) at(overlap, "segmentsCoveredByAll.edges.0.node.coveredBy")).hasSize(2);
		assertThat((Integer) at(overlap, "chainsCoveredByAll.totalCount")).isEqualTo(1);
		assertThat((List<Integer>) at(overlap, "chainsCoveredByAll.edges.0.node.segmentsCovered")).containsExactly(6, 12);

		assertThat((Integer) at(overlap, "pairs.0.sharedSegments")).isEqualTo(6);
		assertThat((Integer) at(overlap, "pairs.0.unionSegments")).isEqualTo(12);
		assertThat((Double) at(overlap, "pairs.0.jaccard")).isCloseTo(0.5, within(1e-9));
		assertThat((Double) at(overlap, "pairs.0.chainJaccard")).isCloseTo(1.0, within(1e-9));
		assertThat((Boolean) at(overlap, "pairs.0.nested")).isFalse();

		List<Map<String, Object>> complements = at(overlap, "complementarity");
		assertThat(complements).hasSize(2);
		assertThat(at(complements, "0.gapsOf.code").toString()).isEqualTo("36");
		assertThat((Integer) at(complements, "0.gapCount")).isEqualTo(8);
		assertThat(segmentKeys(at(complements, "0.gaps"))).isEqualTo(JIANGSU_ALONE);
		assertThat(at(complements, "1.gapsOf.code").toString()).isEqualTo("32");
		assertThat((Integer) at(complements, "1.gapCount")).isEqualTo(2);
		assertThat((Integer) at(complements, "1.gaps.totalCount")).isZero();
	}

	@Test
	void theGapsOfJiangxiComeWithJiangsuFirmsEachOnce() {
		var gaps = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") {
				    complementarity { gaps { edges { node { segment { key }
				        firms(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { key name region { code } } } } } } } }
				} }"""), "regionalOverlap.complementarity.0.gaps.edges");
		Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
		for (Map<String, Object> gap : (List<Map<String, Object>>) gaps) {
			byKey.put(at(gap, "node.segment.key"), at(gap, "node.firms"));
		}
		// rnd-services: 603259-sh works in cro and cdmo, counted once.
		assertThat((Integer) at(byKey.get("js-biomed/rnd-services"), "totalCount")).isEqualTo(1);
		assertThat(at(byKey.get("js-biomed/rnd-services"), "edges.0.node.key").toString()).isEqualTo("603259-sh");
		// generics: 江苏恒瑞, 示例·连云港, 扬子江 by name (拼音: jiang < shi < yang); two on the first page.
		var generics = byKey.get("js-biomed/generics");
		assertThat((Integer) at(generics, "totalCount")).isEqualTo(3);
		assertThat((Boolean) at(generics, "pageInfo.hasNextPage")).isTrue();
		assertThat(List.of(at(generics, "edges.0.node.key").toString(), at(generics, "edges.1.node.key").toString()))
			.containsExactly("600276-sh", "demo-lyg-generics-01");
		String cursor = at(generics, "pageInfo.endCursor");
		var rest = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") {
				    complementarity { gaps(first: 1, after: null) { edges { node { segment { key } } } } }
				} }"""), "regionalOverlap");
		assertThat(rest).isNotNull();
		var next = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") {
				    complementarity { gaps { edges { node { segment { key } firms(first: 2, after: "%s") { totalCount edges { node { key } } } } } } }
				} }""".formatted(cursor)), "regionalOverlap.complementarity.0.gaps.edges");
		for (Map<String, Object> gap : (List<Map<String, Object>>) next) {
			if ("js-biomed/generics".equals(at(gap, "node.segment.key"))) {
				assertThat((List<?>) at(gap, "node.firms.edges")).hasSize(1);
				assertThat(at(gap, "node.firms.edges.0.node.key").toString()).isEqualTo("yangtze-river-pharma");
			}
		}
	}

	@Test
	void compareRegionsCountsEachFirmOncePerSegment() {
		var comparison = at(client().data("""
				{ compareRegions(regions: ["36", "32"], chain: "js-biomed") {
				    regions { code } chain { key } firmCounts
				    segments { segment { key } firmCounts coveredBy { code } }
				} }"""), "compareRegions");
		assertThat((List<Integer>) at(comparison, "firmCounts")).containsExactly(4, 9);
		Map<String, List<Integer>> counts = new java.util.LinkedHashMap<>();
		for (Map<String, Object> row : (List<Map<String, Object>>) at(comparison, "segments")) {
			counts.put(at(row, "segment.key"), at(row, "firmCounts"));
		}
		assertThat(counts).containsExactly(Map.entry("js-biomed/api-materials", List.of(2, 1)),
				Map.entry("js-biomed/api", List.of(2, 1)), Map.entry("js-biomed/excipients", List.of(0, 0)),
				Map.entry("js-biomed/rnd-services", List.of(0, 1)), Map.entry("js-biomed/cro", List.of(0, 1)),
				Map.entry("js-biomed/cdmo", List.of(0, 1)), Map.entry("js-biomed/drugs", List.of(1, 5)),
				Map.entry("js-biomed/innovative-drugs", List.of(0, 2)), Map.entry("js-biomed/generics", List.of(0, 3)),
				Map.entry("js-biomed/biologics", List.of(1, 2)), Map.entry("js-biomed/medical-devices", List.of(1, 2)),
				Map.entry("js-biomed/diagnostic", List.of(0, 1)), Map.entry("js-biomed/consumables", List.of(1, 1)),
				Map.entry("js-biomed/distribution", List.of(0, 0)));
	}

	@Test
	void aCityInsideItsProvinceIsReportedAsNested() {
		// 南昌市 (3601) has one js-biomed firm, 300453-sz in consumables: it covers medical-devices and consumables.
		var overlap = at(client().data("""
				{ regionalOverlap(regions: ["3601", "%s"], chain: "%s") {
				    nesting { inner { code } outer { code } }
				    pairs { sharedSegments unionSegments jaccard nested }
				    complementarity { gapsOf { code } gaps { totalCount edges { node { segment { key } } } } }
				} }""".formatted(GlobalId.of("Region", "36"), GlobalId.of("Chain", "js-biomed"))), "regionalOverlap");
		assertThat(at(overlap, "nesting.0.inner.code").toString()).isEqualTo("3601");
		assertThat(at(overlap, "nesting.0.outer.code").toString()).isEqualTo("36");
		assertThat((Boolean) at(overlap, "pairs.0.nested")).isTrue();
		assertThat((Integer) at(overlap, "pairs.0.sharedSegments")).isEqualTo(2);
		assertThat((Integer) at(overlap, "pairs.0.unionSegments")).isEqualTo(6);
		// 南昌's gaps that 江西 covers: the rest of 江西's six; 江西's gaps that 南昌 covers: none, by construction.
		assertThat(segmentKeys(at(overlap, "complementarity.0.gaps"))).containsExactly("js-biomed/api-materials",
				"js-biomed/api", "js-biomed/drugs", "js-biomed/biologics");
		assertThat((Integer) at(overlap, "complementarity.1.gaps.totalCount")).isZero();
	}

	@Test
	void everyChainWithThePolicyChainsSideBySide() {
		var overlap = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"]) {
				    chain { key } segmentCount chainCount
				    byRegion { chainsCovered chainsAlone { totalCount edges { node { chain { key } } } } }
				    chainsCoveredByAll { totalCount }
				    pairs { sharedChains unionChains chainJaccard }
				    policyChains { chain { key } namedBy { region { code } program tier } namedByAll coveredBy { code } segmentsCovered
				                   linked { chain { key } supplies suppliedBy namedBy { code } } }
				} }"""), "regionalOverlap");
		assertThat((Object) at(overlap, "chain")).isNull();
		assertThat((Integer) at(overlap, "chainCount")).isEqualTo(24);
		assertThat((Integer) at(overlap, "segmentCount")).isEqualTo(350);
		// Chains with firms of both (from the files, firm by firm): js-biomed, js-shipbuilding and ten jx chains;
		// 36 alone: jx-mobile-iot, jx-nonferrous, jx-petrochem, jx-vr; 32 alone: the other eight js chains.
		assertThat((Integer) at(overlap, "chainsCoveredByAll.totalCount")).isEqualTo(12);
		assertThat((Integer) at(overlap, "byRegion.0.chainsAlone.totalCount")).isEqualTo(4);
		assertThat((Integer) at(overlap, "byRegion.1.chainsAlone.totalCount")).isEqualTo(8);
		assertThat((Integer) at(overlap, "byRegion.0.chainsCovered")).isEqualTo(16);
		assertThat((Integer) at(overlap, "byRegion.1.chainsCovered")).isEqualTo(20);
		assertThat((Double) at(overlap, "pairs.0.chainJaccard")).isCloseTo(0.5, within(1e-9));

		List<Map<String, Object>> policy = at(overlap, "policyChains");
		assertThat(policy).hasSize(24);
		assertThat(policy).noneMatch(row -> (Boolean) row.get("namedByAll"));
		var biomed = policy.stream().filter(r -> "js-biomed".equals(at(r, "chain.key"))).findFirst().orElseThrow();
		assertThat(at(biomed, "namedBy.0.region.code").toString()).isEqualTo("32");
		assertThat(at(biomed, "namedBy.0.tier").toString()).isEqualTo("卓越");
		assertThat((List<Integer>) at(biomed, "segmentsCovered")).containsExactly(6, 12);
		// jx-petrochem feeds js-biomed/api, jx-tcm feeds js-biomed/distribution; js-biomed feeds no jx chain.
		List<Map<String, Object>> linked = at(biomed, "linked");
		assertThat(linked).extracting(l -> at(l, "chain.key").toString()).containsExactly("jx-petrochem", "jx-tcm");
		assertThat(linked).allSatisfy(l -> {
			assertThat((Integer) l.get("supplies")).isZero();
			assertThat((Integer) l.get("suppliedBy")).isEqualTo(1);
			assertThat(at(l, "namedBy.0.code").toString()).isEqualTo("36");
		});
	}

	@Test
	void oneStatementPerQuestionAndPerNestedField() {
		String query = """
				{ regionalOverlap(regions: ["36", "32"]%s) {
				    segmentsCoveredByAll { edges { node { segment { name chain { name } } } } }
				    complementarity { gaps { edges { node { segment { name } firms { totalCount edges { node { name } } } } } } }
				} }""";
		long before = this.reads.statementsRun();
		client().data(query.formatted(", chain: \"js-biomed\""));
		long oneChain = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		client().data(query.formatted(""));
		long everyChain = this.reads.statementsRun() - before;
		// regions and coverage; the segments and gap firms of every page (one batch); the segments' chains: the same
		// three statements for 14 segments or 350.
		assertThat(oneChain).isEqualTo(3);
		assertThat(everyChain).isEqualTo(oneChain);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPageRowShowsItsSegmentFromTheCoverageUnlessMoreIsAsked() {
		// key and name come with the coverage; aliases, position, kind and source make the segment load. Either
		// way the row is the segment the chain map shows.
		var query = """
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") { segments(first: 14) { edges { node {
				    segment { id key name chain { key } parent { key }%s } } } } } }""";
		long before = this.reads.statementsRun();
		var light = (List<Map<String, Object>>) at(client().data(query.formatted("")), "regionalOverlap.segments.edges");
		long lightStatements = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		var full = (List<Map<String, Object>>) at(client().data(query.formatted(" aliases position kind source { reference }")),
				"regionalOverlap.segments.edges");
		long fullStatements = this.reads.statementsRun() - before;
		var chain = (List<Map<String, Object>>) at(client().data("""
				{ chain(key: "js-biomed") { segments { id key name chain { key } parent { key } aliases position kind
				    source { reference } } } }"""), "chain.segments");
		assertThat(full).hasSize(14);
		for (int i = 0; i < full.size(); i++) {
			Map<String, Object> segment = at(full.get(i), "node.segment");
			var expected = chain.stream().filter(c -> c.get("key").equals(segment.get("key"))).findFirst().orElseThrow();
			assertThat(segment).isEqualTo(expected);
			var shown = new java.util.HashMap<String, Object>();
			List.of("id", "key", "name", "chain", "parent").forEach(field -> shown.put(field, expected.get(field)));
			assertThat((Map<String, Object>) at(light.get(i), "node.segment")).isEqualTo(shown);
		}
		assertThat(lightStatements).as("rows from the coverage: no segment loaded").isLessThan(fullStatements);
	}

	@Test
	void theSegmentRowsAreReadAgainOnlyWhenALoadChangedTheDataSets() {
		var coverage = CypherCatalog.standard().query("overlap/coverage");
		var parameters = new HashMap<String, Object>(Map.of("codes", List.of("36", "32"), "chain", "js-biomed"));
		parameters.put("version", null);
		try (var session = TestNeo4j.driver().session()) {
			var first = session.run(coverage, parameters).single();
			assertThat(first.get("segments").size()).isEqualTo(14);
			parameters.put("version", first.get("version").asString());
			assertThat(session.run(coverage, parameters).single().get("segments").isNull())
				.as("the caller's rows are current: not sent again").isTrue();
			parameters.put("version", "an older version");
			assertThat(session.run(coverage, parameters).single().get("segments").size()).isEqualTo(14);
		}
		// Through the API: a segment renamed by a load (its data set's checksum changes) shows its new name at once.
		var query = """
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") { segments(first: 1) { edges { node {
				    segment { key name } } } } } }""";
		assertThat((String) at(client().data(query), "regionalOverlap.segments.edges.0.node.segment.key"))
			.isEqualTo("js-biomed/api-materials");
		String name = at(client().data(query), "regionalOverlap.segments.edges.0.node.segment.name");
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (s:Segment {id: 'js-biomed/api-materials'}), (d:DataSet)
					WITH s, d ORDER BY d.id LIMIT 1
					SET s.name = s.name + '（改）', d.checksum = d.checksum + '-edited'""").consume();
		}
		try {
			assertThat((String) at(client().data(query), "regionalOverlap.segments.edges.0.node.segment.name"))
				.isEqualTo(name + "（改）");
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("""
						MATCH (s:Segment {id: 'js-biomed/api-materials'}), (d:DataSet)
						WITH s, d ORDER BY d.id LIMIT 1
						SET s.name = replace(s.name, '（改）', ''), d.checksum = replace(d.checksum, '-edited', '')""")
					.consume();
			}
		}
		assertThat((String) at(client().data(query), "regionalOverlap.segments.edges.0.node.segment.name")).isEqualTo(name);
	}

	@Test
	@SuppressWarnings("unchecked")
	void pagesAskedTogetherAreThePagesAskedAlone() {
		// Every row of every page in a response loads in one statement, keyed by what each field asks: aliases with
		// other page sizes and cursors, for the same segments and gaps, must each get their own page.
		var part = """
				{ regionalOverlap(regions: ["36", "32", "3201"], chain: "js-biomed") { %s } }""";
		var firms = "firms(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key name region { code } } } }";
		var parts = new java.util.LinkedHashMap<String, String>();
		parts.put("segments", "segments(first: 3) { edges { cursor node { segment { key name position } coveredBy { code } } } }");
		parts.put("more", "more: segmentsCoveredByAll(first: 5) { edges { node { segment { name aliases kind source { reference } } } } }");
		parts.put("byRegion", "byRegion { segmentsAlone(first: 2) { totalCount edges { node { segment { key name } } } } }");
		parts.put("complementarity", "complementarity { gaps(first: 4) { totalCount edges { node { segment { key name } " + firms + " } } } }");
		Map<String, Object> together = at(client().data(part.formatted(String.join("\n", parts.values()))),
				"regionalOverlap");
		for (var entry : parts.entrySet()) {
			Map<String, Object> alone = at(client().data(part.formatted(entry.getValue())), "regionalOverlap");
			assertThat(together.get(entry.getKey())).as(entry.getKey()).isEqualTo(alone.get(entry.getKey()));
		}
		// The next firm page of a gap, asked beside the first: the first page's second firm is the next page's first.
		var generics = """
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") { complementarity { gaps(first: 5) { edges {
				    node { segment { key } first: firms(first: 1) { pageInfo { endCursor } edges { node { key } } }
				           two: firms(first: 2) { edges { node { key } } } } } } } } }""";
		var gap = at(client().data(generics), "regionalOverlap.complementarity.0.gaps.edges.4.node");
		assertThat(at(gap, "segment.key").toString()).isEqualTo("js-biomed/generics");
		var cursor = at(gap, "first.pageInfo.endCursor").toString();
		var next = at(client().data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "js-biomed") { complementarity { gaps(first: 5) { edges {
				    node { all: firms(first: 3) { totalCount } next: firms(first: 1, after: "%s") { edges { node { key } } } } } } } } }"""
			.formatted(cursor)), "regionalOverlap.complementarity.0.gaps.edges.4.node");
		assertThat(at(next, "next.edges.0.node.key").toString()).isEqualTo(at(gap, "two.edges.1.node.key").toString());
		assertThat((Integer) at(next, "all.totalCount")).isEqualTo(3);
	}

	@Test
	void badRegionListsAreRefused() {
		assertThat(GraphQlClient.code(client().error("{ regionalOverlap(regions: [\"36\"]) { segmentCount } }")))
			.isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client().error(
				"{ regionalOverlap(regions: [\"11\",\"12\",\"13\",\"14\",\"15\",\"21\",\"22\",\"23\",\"31\",\"32\",\"33\"]) { segmentCount } }")))
			.isEqualTo("BAD_INPUT");
		var duplicate = client().error("{ regionalOverlap(regions: [\"36\", \"%s\"]) { segmentCount } }"
			.formatted(GlobalId.of("Region", "36")));
		assertThat(GraphQlClient.code(duplicate)).isEqualTo("BAD_INPUT");
		assertThat(duplicate.get("message").toString()).contains("地区重复");
		var unknown = client().error("{ regionalOverlap(regions: [\"36\", \"99\"]) { segmentCount } }");
		assertThat(GraphQlClient.code(unknown)).isEqualTo("NOT_FOUND");
		assertThat(unknown.get("message").toString()).contains("99").contains("未找到");
		assertThat(GraphQlClient.code(client().error(
				"{ regionalOverlap(regions: [\"36\", \"32\"], chain: \"no-such-chain\") { segmentCount } }")))
			.isEqualTo("NOT_FOUND");
		assertThat(GraphQlClient.code(client().error("{ regionalOverlap(regions: [\"36\", \"CA-YRD\"]) { segmentCount } }")))
			.isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client().error(
				"{ regionalOverlap(regions: [\"36\", \"%s\"]) { segmentCount } }".formatted(GlobalId.of("Chain", "jx-auto")))))
			.isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client().error(
				"{ compareRegions(regions: [\"36\", \"36\"], chain: \"js-biomed\") { firmCounts } }")))
			.isEqualTo("BAD_INPUT");
	}

}
