package io.chaingraph.api.gap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

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

	Expected expected;

	@BeforeAll
	void load() throws IOException {
		DemoGraph.ensureLoaded();
		GapQueriesWarmUp.once(this.http);
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
	void targetCountsAgreeWithTheFiles() {
		var client = new GraphQlClient(this.http);
		for (var region : List.of("36", "4403")) {
			var data = GapQueriesWarmUp.data(this.http, "{ supplementTargets(chain: \"syn-c01\", region: \"" + region + "\", first: 100) { totalCount "
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
		var data = GapQueriesWarmUp.data(this.http, "{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\", weakBelow: " + weakBelow
				+ ") { segments { segment { key } firms status } } }");
		var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		var result = new LinkedHashMap<String, String>();
		for (var row : rows) {
			result.put((String) ((Map<String, Object>) row.get("segment")).get("key"), row.get("firms") + " " + row.get("status"));
		}
		return new java.util.TreeMap<>(result);
	}

	/** The answers computed from the files alone. */
	record Expected(Map<String, List<String>> chainSegments, Map<String, String> parent, Map<String, String> firmRegion,
			Map<String, Set<String>> firmsBySegment, Map<String, Set<String>> segmentsByFirm, Map<String, String> regionParent) {

		static Expected read(Path folder) throws IOException {
			var chainSegments = new HashMap<String, List<String>>();
			var parent = new HashMap<String, String>();
			try (var files = Files.list(folder.resolve("chains"))) {
				for (var file : files.toList()) {
					Map<String, Object> chain = new Yaml().load(Files.readString(file));
					var id = (String) chain.get("id");
					var all = new ArrayList<String>();
					walk(id, (List<Map<String, Object>>) chain.get("segments"), null, all, parent);
					chainSegments.put(id, all);
				}
			}
			var firmRegion = new HashMap<String, String>();
			for (var row : csv(Files.newBufferedReader(folder.resolve("enterprises.csv")))) {
				firmRegion.put(row.get("id"), row.get("regionCode"));
			}
			var firmsBySegment = new HashMap<String, Set<String>>();
			var segmentsByFirm = new HashMap<String, Set<String>>();
			for (var row : csv(Files.newBufferedReader(folder.resolve("enterprise-segments.csv")))) {
				firmsBySegment.computeIfAbsent(row.get("segmentId"), k -> new HashSet<>()).add(row.get("enterpriseId"));
				segmentsByFirm.computeIfAbsent(row.get("enterpriseId"), k -> new HashSet<>()).add(row.get("segmentId"));
			}
			// GB/T 2260 from the built-in region files: county -> city -> province.
			var regionParent = new HashMap<String, String>();
			for (var row : csv(resource("reference/regions-cn/cities.csv"))) {
				regionParent.put(row.get("code"), row.get("provinceCode"));
			}
			for (var row : csv(resource("reference/regions-cn/areas.csv"))) {
				regionParent.put(row.get("code"), row.get("cityCode"));
			}
			return new Expected(chainSegments, parent, firmRegion, firmsBySegment, segmentsByFirm, regionParent);
		}

		@SuppressWarnings("unchecked")
		private static void walk(String chain, List<Map<String, Object>> segments, String parentKey, List<String> all,
				Map<String, String> parent) {
			if (segments == null) {
				return;
			}
			for (var segment : segments) {
				var key = chain + "/" + segment.get("id");
				all.add(key);
				if (parentKey != null) {
					parent.put(key, parentKey);
				}
				walk(chain, (List<Map<String, Object>>) segment.get("children"), key, all, parent);
			}
		}

		boolean inRegion(String firm, String region) {
			var code = this.firmRegion.get(firm);
			for (int i = 0; code != null && i < 5; i++) {
				if (code.equals(region)) {
					return true;
				}
				code = this.regionParent.get(code);
			}
			return false;
		}

		/** The segment and every segment below it. */
		Set<String> subtree(String segment) {
			var result = new HashSet<String>();
			result.add(segment);
			this.parent.forEach((child, p) -> {
				var up = p;
				while (up != null) {
					if (up.equals(segment)) {
						result.add(child);
						break;
					}
					up = this.parent.get(up);
				}
			});
			return result;
		}

		Set<String> firms(String segment, String region) {
			var firms = new HashSet<String>();
			for (var s : subtree(segment)) {
				for (var firm : this.firmsBySegment.getOrDefault(s, Set.of())) {
					if (inRegion(firm, region)) {
						firms.add(firm);
					}
				}
			}
			return firms;
		}

		/** segment key -> "firms STATUS". */
		Map<String, String> table(String chain, String region, int weakBelow) {
			var result = new java.util.TreeMap<String, String>();
			for (var segment : this.chainSegments.get(chain)) {
				int n = firms(segment, region).size();
				result.put(segment, n + " " + (n == 0 ? "MISSING" : n < weakBelow ? "WEAK" : "COVERED"));
			}
			return result;
		}

		/** Firms outside the region working in a gap segment or below one. */
		Set<String> targets(String chain, String region, int weakBelow) {
			var gaps = new HashSet<String>();
			table(chain, region, weakBelow).forEach((segment, value) -> {
				if (!value.endsWith("COVERED")) {
					gaps.add(segment);
				}
			});
			var inGap = new HashSet<String>();
			gaps.forEach(g -> inGap.addAll(subtree(g)));
			var result = new HashSet<String>();
			this.segmentsByFirm.forEach((firm, segments) -> {
				if (!inRegion(firm, region) && segments.stream().anyMatch(inGap::contains)) {
					result.add(firm);
				}
			});
			return result;
		}

		private static Reader resource(String path) {
			return new InputStreamReader(GraphLoader.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8);
		}

		/** A small RFC 4180 reader: header row, quoted fields with doubled quotes, BOM tolerated. */
		static List<Map<String, String>> csv(Reader in) throws IOException {
			String text;
			try (in) {
				var out = new StringBuilder();
				var buffer = new char[8192];
				for (int n; (n = in.read(buffer)) > 0;) {
					out.append(buffer, 0, n);
				}
				text = out.toString();
			}
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			var records = new ArrayList<List<String>>();
			var record = new ArrayList<String>();
			var field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					record.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					record.add(field.toString());
					field.setLength(0);
					records.add(record);
					record = new ArrayList<>();
				}
				else {
					field.append(c);
				}
			}
			if (field.length() > 0 || !record.isEmpty()) {
				record.add(field.toString());
				records.add(record);
			}
			var header = records.getFirst();
			var rows = new ArrayList<Map<String, String>>();
			for (var r : records.subList(1, records.size())) {
				var row = new HashMap<String, String>();
				for (int i = 0; i < header.size() && i < r.size(); i++) {
					row.put(header.get(i), r.get(i));
				}
				rows.add(row);
			}
			return rows;
		}

	}

}
