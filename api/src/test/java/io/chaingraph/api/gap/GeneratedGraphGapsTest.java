package io.chaingraph.api.gap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GeneratedInputs;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chainGaps and supplementTargets on a generated graph, checked against an independent computation over the generated
 * files (chains/*.yaml, enterprises.csv, enterprise-segments.csv) and the built-in region files, in plain Java: no
 * Neo4j, no Cypher. The synthetic data set is loaded on top of the demo data (its chains and firms are its own), and
 * the graph is put back to the demo data afterwards for the other test classes.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedGraphGapsTest {

	@TempDir
	static Path temp;

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	Expected expected;

	@BeforeAll
	void load() throws IOException {
		DemoGraph.ensureLoaded();
		var folder = temp.resolve("synthetic");
		SyntheticDataSet.write(new SyntheticDataSet.Options(3000, 11), folder);
		new GraphLoader(TestNeo4j.driver()).load(folder, new GraphLoader.Options(false, false));
		this.expected = Expected.read(folder);
	}

	@AfterAll
	void restoreDemo() {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).loadShipped(false);
	}

	@Test
	void gapTablesAgreeWithTheFiles() {
		var client = new GraphQlClient(this.http);
		int compared = 0;
		for (var chain : List.of("syn-c01", "syn-c07", "syn-c23")) {
			// A large province, a middle one, a small one, cities; the default threshold and another.
			for (var region : List.of("44", "36", "62", "4403", "3301", "3607")) {
				for (int weakBelow : List.of(3, 8)) {
					var want = this.expected.table(chain, region, weakBelow);
					var got = table(client, chain, region, weakBelow);
					assertThat(got).as("%s in %s, weakBelow %d", chain, region, weakBelow).isEqualTo(want);
					compared += got.size();
				}
			}
		}
		assertThat(compared).isGreaterThan(500);
		// The check is not vacuous: the answers hold all three statuses.
		var statuses = new HashSet<String>();
		this.expected.table("syn-c01", "44", 3).values().forEach(v -> statuses.add(v.substring(v.indexOf(' ') + 1)));
		this.expected.table("syn-c01", "3607", 3).values().forEach(v -> statuses.add(v.substring(v.indexOf(' ') + 1)));
		assertThat(statuses).contains("MISSING", "WEAK", "COVERED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void locationQuotientsAgreeWithTheFilesInOneMoreStatement() {
		var client = new GraphQlClient(this.http);
		var values = new HashSet<Double>();
		for (var chain : List.of("syn-c01", "syn-c07")) {
			for (var region : List.of("44", "36", "62", "4403", "3607")) {
				var fields = "{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\") { segments { segment { key } firms%s } } }";
				long before = this.reads.statementsRun();
				client.data(fields.formatted(""));
				long plain = this.reads.statementsRun() - before;
				before = this.reads.statementsRun();
				var data = client.data(fields.formatted(" locationQuotient"));
				assertThat(this.reads.statementsRun() - before).as("%s in %s", chain, region).isEqualTo(plain + 1);
				var want = this.expected.locationQuotients(chain, region);
				var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
				assertThat(rows).hasSize(want.size());
				for (var row : rows) {
					var key = (String) ((Map<String, Object>) row.get("segment")).get("key");
					var got = (Double) row.get("locationQuotient");
					assertThat(got).as("%s of %s in %s", key, chain, region).isEqualTo(want.get(key));
					values.add(got);
				}
			}
		}
		// Not vacuous: segments the regions lean to, lean away from, and lack.
		assertThat(values).anyMatch(v -> v != null && v > 1).anyMatch(v -> v != null && v > 0 && v < 1).contains(0.0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void strengthsAgreeWithTheFilesInOneMoreStatement() {
		var client = new GraphQlClient(this.http);
		int strong = 0;
		int weakLeaning = 0; // WEAK rows whose quotient alone would make them a 长板
		for (var chain : List.of("syn-c01", "syn-c07")) {
			for (var region : List.of("44", "36", "62", "4403", "3607")) {
				for (double from : List.of(1.0, 1.5, 2.5)) {
					var fields = "{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\", strongFrom: " + from
							+ ") { strongFrom segments { segment { key } firms%s } %s } }";
					long before = this.reads.statementsRun();
					client.data(fields.formatted("", ""));
					long plain = this.reads.statementsRun() - before;
					before = this.reads.statementsRun();
					var data = (Map<String, Object>) client.data(fields.formatted(" locationQuotient strong",
							"strengths { segment { key } locationQuotient strong }")).get("chainGaps");
					assertThat(this.reads.statementsRun() - before).as("%s in %s", chain, region).isEqualTo(plain + 1);
					assertThat(data.get("strongFrom")).isEqualTo(from);
					// From the files: COVERED (3 firms or more) and a quotient of at least the threshold.
					var table = this.expected.table(chain, region, 3);
					var quotients = this.expected.locationQuotients(chain, region);
					var want = new TreeMap<String, Boolean>();
					table.forEach((key, value) -> want.put(key, value.endsWith("COVERED") && quotients.get(key) != null
							&& quotients.get(key) >= from));
					var got = new TreeMap<String, Boolean>();
					((List<Map<String, Object>>) data.get("segments")).forEach(row -> got
						.put((String) ((Map<String, Object>) row.get("segment")).get("key"), (Boolean) row.get("strong")));
					assertThat(got).as("%s in %s from %s", chain, region, from).isEqualTo(want);
					var strengths = (List<Map<String, Object>>) data.get("strengths");
					assertThat(strengths).extracting(row -> (String) ((Map<String, Object>) row.get("segment")).get("key"))
						.as("%s in %s from %s", chain, region, from)
						.containsExactlyInAnyOrderElementsOf(want.entrySet().stream().filter(Map.Entry::getValue)
							.map(Map.Entry::getKey).toList());
					assertThat(strengths).extracting(row -> (Double) row.get("locationQuotient"))
						.as("highest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
					assertThat(strengths).allMatch(row -> Boolean.TRUE.equals(row.get("strong")));
					strong += strengths.size();
					weakLeaning += (int) table.entrySet().stream().filter(e -> e.getValue().endsWith("WEAK"))
						.filter(e -> quotients.get(e.getKey()) >= from).count();
				}
			}
		}
		// Not vacuous: 长板 found, and rows the region leans to with fewer than weakBelow firms, which stay 短板.
		assertThat(strong).isGreaterThan(10);
		assertThat(weakLeaning).isPositive();
		for (var wrong : List.of("0.5", "101", "-1")) {
			var error = client.error("{ chainGaps(chain: \"syn-c01\", region: \"36\", strongFrom: " + wrong
					+ ") { strengths { firms } } }");
			// above its maximum a limit, below its minimum bad input (ErrorContractTest)
			assertThat(GraphQlClient.code(error)).as(wrong).isEqualTo(wrong.equals("101") ? "LIMIT_EXCEEDED" : "BAD_INPUT");
			assertThat((String) error.get("message")).contains("strongFrom", "长板阈值");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void targetCountsAgreeWithTheFiles() {
		var client = new GraphQlClient(this.http);
		for (var region : List.of("36", "4403")) {
			var data = client.data("{ supplementTargets(chain: \"syn-c01\", region: \"" + region + "\", first: 100) { totalCount "
					+ "edges { node { score enterprise { key } reasons { weight } } } } }");
			var connection = (Map<String, Object>) data.get("supplementTargets");
			assertThat(connection.get("totalCount")).as(region).isEqualTo(this.expected.targets("syn-c01", region, 3).size());
			var edges = (List<Map<String, Object>>) connection.get("edges");
			for (var edge : edges) {
				var node = (Map<String, Object>) edge.get("node");
				var key = (String) ((Map<String, Object>) node.get("enterprise")).get("key");
				assertThat(this.expected.targets("syn-c01", region, 3)).contains(key);
				int sum = ((List<Map<String, Object>>) node.get("reasons")).stream().mapToInt(r -> (Integer) r.get("weight")).sum();
				assertThat(sum).isEqualTo(node.get("score"));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> table(GraphQlClient client, String chain, String region, int weakBelow) {
		var data = client.data("{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\", weakBelow: " + weakBelow
				+ ") { segments { segment { key } firms status } } }");
		var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		var result = new LinkedHashMap<String, String>();
		for (var row : rows) {
			result.put((String) ((Map<String, Object>) row.get("segment")).get("key"), row.get("firms") + " " + row.get("status"));
		}
		return new TreeMap<>(result);
	}

	/** The answers computed from the files alone, with {@link GeneratedInputs} (no Neo4j). */
	record Expected(GeneratedInputs inputs) {

		static Expected read(Path folder) {
			return new Expected(GeneratedInputs.read(folder));
		}

		/** segment key -> "firms STATUS". */
		Map<String, String> table(String chain, String region, int weakBelow) {
			var result = new TreeMap<String, String>();
			this.inputs.firmsPerSegment(chain, region)
				.forEach((segment, n) -> result.put(segment, n + " " + (n == 0 ? "MISSING" : n < weakBelow ? "WEAK" : "COVERED")));
			return result;
		}

		/**
		 * segment key -> 区位熵 to two decimals (null without a firm of the region in the chain): the region's share of
		 * its chain's firms in the segment over the country's, the country being every firm located in a province.
		 */
		Map<String, Double> locationQuotients(String chain, String region) {
			var inRegion = this.inputs.firmsPerSegment(chain, region);
			int regionChain = this.inputs.firmsInChain(chain, region).size();
			var tree = this.inputs.chains().get(chain);
			var country = new HashMap<String, Set<String>>();
			var countryChain = new HashSet<String>();
			this.inputs.firmSegments().forEach((firm, segments) -> {
				var code = this.inputs.firmRegion().get(firm);
				var up = new ArrayList<String>();
				up.add(code);
				up.addAll(this.inputs.parentCodes(code));
				if (up.stream().noneMatch(c -> "PROVINCE".equals(this.inputs.levelOf(c)))) {
					return;
				}
				segments.stream().filter(s -> GeneratedInputs.chainOf(s).equals(chain)).forEach(s -> {
					countryChain.add(firm);
					tree.selfAndAncestors(s).forEach(a -> country.computeIfAbsent(a, k -> new HashSet<>()).add(firm));
				});
			});
			var result = new TreeMap<String, Double>();
			inRegion.forEach((segment, firms) -> {
				int countrySegment = country.getOrDefault(segment, Set.of()).size();
				result.put(segment, regionChain == 0 || countrySegment == 0 ? null
						: Math.round((double) firms / regionChain / ((double) countrySegment / countryChain.size()) * 100) / 100.0);
			});
			return result;
		}

		/** Firms outside the region working in a gap segment or below one. */
		Set<String> targets(String chain, String region, int weakBelow) {
			var tree = this.inputs.chains().get(chain);
			var inGap = new HashSet<String>();
			table(chain, region, weakBelow).forEach((segment, value) -> {
				if (!value.endsWith("COVERED")) {
					inGap.addAll(tree.subtree(segment));
				}
			});
			var result = new HashSet<String>();
			this.inputs.firmSegments().forEach((firm, segments) -> {
				if (!this.inputs.within(this.inputs.firmRegion().get(firm), region) && segments.stream().anyMatch(inGap::contains)) {
					result.add(firm);
				}
			});
			return result;
		}

	}

}
