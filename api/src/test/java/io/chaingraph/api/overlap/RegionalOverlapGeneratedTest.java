package io.chaingraph.api.overlap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.GeneratedInputs;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * regionalOverlap and compareRegions on a generated data set (3,000 firms, 40 chains), cross-checked against
 * {@link GeneratedInputs}: the same files read in plain Java, no Neo4j. Leaves the demo graph loaded again for the
 * other test classes.
 */
@ApiTest
class RegionalOverlapGeneratedTest {

	private static Path folder;

	private static GeneratedInputs inputs;

	@Autowired
	TestRestTemplate http;

	@Autowired
	io.chaingraph.api.graphql.GraphReads reads;

	@BeforeAll
	static void generateAndLoad() throws Exception {
		folder = Files.createTempDirectory("overlap-generated");
		SyntheticDataSet.write(new SyntheticDataSet.Options(3_000, 11), folder);
		inputs = GeneratedInputs.read(folder);
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(folder, new GraphLoader.Options(false, false));
	}

	@AfterAll
	static void demoAgain() throws java.io.IOException {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).loadShipped(false);
		try (var files = Files.walk(folder)) {
			for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

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

	/** Every segment of the scope with the codes covering it, paging through the connection. */
	@SuppressWarnings("unchecked")
	private Map<String, Set<String>> coverageByApi(List<String> codes, String chain) {
		var result = new LinkedHashMap<String, Set<String>>();
		String after = null;
		do {
			var page = at(client().data("""
					{ regionalOverlap(regions: [%s]%s) {
					    segments(first: 100%s) { totalCount pageInfo { hasNextPage endCursor }
					        edges { node { segment { key } coveredBy { code } } } } } }""".formatted(quoted(codes),
					chain == null ? "" : ", chain: \"" + chain + "\"", after == null ? "" : ", after: \"" + after + "\"")),
					"regionalOverlap.segments");
			for (Map<String, Object> edge : (List<Map<String, Object>>) at(page, "edges")) {
				var by = new TreeSet<String>();
				((List<Map<String, Object>>) at(edge, "node.coveredBy")).forEach(r -> by.add((String) r.get("code")));
				assertThat(result.put(at(edge, "node.segment.key"), by)).as("each segment once").isNull();
			}
			after = (Boolean) at(page, "pageInfo.hasNextPage") ? at(page, "pageInfo.endCursor") : null;
		}
		while (after != null);
		return result;
	}

	private Map<String, Set<String>> coverageFromFiles(List<String> codes, String chain) {
		var result = new TreeMap<String, Set<String>>();
		for (var id : chain == null ? inputs.chains().keySet() : Set.of(chain)) {
			inputs.chains().get(id).segments().forEach(s -> result.put(s, new TreeSet<>()));
		}
		for (var code : codes) {
			inputs.coveredSegments(chain, code).forEach(s -> result.get(s).add(code));
		}
		return result;
	}

	private static String quoted(List<String> codes) {
		return String.join(", ", codes.stream().map(c -> "\"" + c + "\"").toList());
	}

	@Test
	void segmentCoverageOfEveryChainMatchesTheFiles() {
		for (var codes : List.of(List.of("44", "32"), List.of("32", "36", "3205"), List.of("44", "4403"))) {
			var api = coverageByApi(codes, null);
			var files = coverageFromFiles(codes, null);
			assertThat(new TreeMap<>(api)).as("coverage of %s", codes).isEqualTo(files);
			// Something to compare: each region covers some segments and misses others.
			for (var code : codes) {
				assertThat(files.values().stream().filter(s -> s.contains(code)).count()).as(code).isPositive()
					.isLessThan(files.size());
			}
		}
	}

	@Test
	void theCoverageStatementReadsTheStoredCountsAsTheFilesGiveThem() {
		// overlap/coverage reads the stored firm counts (FIRM_COUNT), which are rolled up the segment tree already:
		// a region covers a segment when one of its firms works in it or below it, as the files give it.
		var codes = List.of("44", "32", "36", "4403");
		var expected = coverageFromFiles(codes, null);
		var parameters = new HashMap<String, Object>();
		parameters.put("codes", codes);
		parameters.put("chain", null);
		parameters.put("version", null);
		var actual = new TreeMap<String, Set<String>>();
		expected.keySet().forEach(s -> actual.put(s, new TreeSet<>()));
		var record = this.reads.single("overlap/coverage", parameters, r -> r);
		// Light rows [id, parent id, chain id, order]: the full data comes with the pages that show it.
		assertThat(record.get("segments").asList(v -> v.get(0).asString())).containsExactlyInAnyOrderElementsOf(
				expected.keySet());
		assertThat(record.get("segments").asList(v -> v.get(2).asString()))
			.allSatisfy(chain -> assertThat(inputs.chains()).containsKey(chain));
		for (var covered : record.get("covered").asList(v -> v)) {
			covered.get("keys").asList(v -> v.asString())
				.forEach(key -> actual.get(key).add(covered.get("code").asString()));
		}
		assertThat(actual).isEqualTo(expected);
		assertThat(actual.values().stream().filter(by -> by.size() < codes.size()).count())
			.as("segments some region misses").isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void sharedAloneJaccardAndGapsMatchTheFiles() {
		var codes = List.of("32", "36", "3205");
		var chain = mostContestedChain(codes);
		var overlap = at(client().data("""
				{ regionalOverlap(regions: [%s], chain: "%s") {
				    segmentCount nesting { inner { code } outer { code } }
				    byRegion { region { code } segmentsCovered segmentsAlone { totalCount edges { node { segment { key } } } } }
				    segmentsCoveredByAll { totalCount edges { node { segment { key } } } }
				    pairs { a { code } b { code } sharedSegments unionSegments jaccard nested }
				    complementarity { gapsOf { code } coveredBy { code } gapCount
				        gaps { totalCount edges { node { segment { key } firms(first: 3) { totalCount edges { node { key region { code } } } } } } } }
				} }""".formatted(quoted(codes), chain)), "regionalOverlap");
		var covered = new HashMap<String, Set<String>>();
		codes.forEach(c -> covered.put(c, inputs.coveredSegments(chain, c)));
		var all = inputs.chains().get(chain).segments();
		assertThat((Integer) at(overlap, "segmentCount")).isEqualTo(all.size());
		assertThat((List<?>) at(overlap, "nesting")).hasSize(1);
		assertThat(at(overlap, "nesting.0.inner.code").toString()).isEqualTo("3205");

		for (int i = 0; i < codes.size(); i++) {
			var code = codes.get(i);
			assertThat((Integer) at(overlap, "byRegion." + i + ".segmentsCovered")).isEqualTo(covered.get(code).size());
			var alone = new TreeSet<>(covered.get(code));
			codes.stream().filter(c -> !c.equals(code)).forEach(c -> alone.removeAll(covered.get(c)));
			assertThat(keys(at(overlap, "byRegion." + i + ".segmentsAlone"))).as("alone %s", code).isEqualTo(alone);
		}
		var shared = new TreeSet<>(all);
		codes.forEach(c -> shared.retainAll(covered.get(c)));
		assertThat(keys(at(overlap, "segmentsCoveredByAll"))).isEqualTo(shared);

		for (Map<String, Object> pair : (List<Map<String, Object>>) at(overlap, "pairs")) {
			var a = covered.get(at(pair, "a.code").toString());
			var b = covered.get(at(pair, "b.code").toString());
			var both = new TreeSet<>(a);
			both.retainAll(b);
			var either = new TreeSet<>(a);
			either.addAll(b);
			assertThat((Integer) pair.get("sharedSegments")).isEqualTo(both.size());
			assertThat((Integer) pair.get("unionSegments")).isEqualTo(either.size());
			if (either.isEmpty()) {
				assertThat(pair.get("jaccard")).isNull();
			}
			else {
				assertThat((Double) pair.get("jaccard")).isCloseTo((double) both.size() / either.size(), within(1e-9));
			}
		}

		var complements = (List<Map<String, Object>>) at(overlap, "complementarity");
		assertThat(complements).hasSize(6);
		int gapsWithFirms = 0;
		for (var complement : complements) {
			var a = at(complement, "gapsOf.code").toString();
			var b = at(complement, "coveredBy.code").toString();
			assertThat((Integer) complement.get("gapCount")).isEqualTo(all.size() - covered.get(a).size());
			var expected = new TreeSet<>(covered.get(b));
			expected.removeAll(covered.get(a));
			assertThat(keys(at(complement, "gaps"))).as("gaps of %s covered by %s", a, b).isEqualTo(expected);
			var firmSets = inputs.firmSetsPerSegment(chain, b);
			for (Map<String, Object> edge : (List<Map<String, Object>>) at(complement, "gaps.edges")) {
				var segment = at(edge, "node.segment.key").toString();
				var firms = firmSets.get(segment);
				assertThat((Integer) at(edge, "node.firms.totalCount")).as("firms of %s in %s", b, segment)
					.isEqualTo(firms.size());
				for (Map<String, Object> firm : (List<Map<String, Object>>) at(edge, "node.firms.edges")) {
					assertThat(firms).contains(at(firm, "node.key").toString());
					assertThat(inputs.within(at(firm, "node.region.code").toString(), b)).isTrue();
				}
				gapsWithFirms++;
			}
		}
		assertThat(gapsWithFirms).as("the chain has gaps one region covers for another").isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void gapFirmPagesAreTheFirstFirmsByNameStoredOrRead() {
		// A city against a province over every chain: the province has many firms in some of the city's gaps. The
		// first page of five comes from the stored first firms (firstFirms), a page of seven and the page after a
		// cursor from the firms themselves: both must be the firms the files give, by name then id.
		var codes = List.of("3205", "44");
		var overlap = at(client().data("""
				{ regionalOverlap(regions: [%s]) { complementarity { gapsOf { code } coveredBy { code }
				    gaps(first: 100) { edges { node { segment { key }
				      stored: firms(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } }
				      read: firms(first: 7) { totalCount pageInfo { hasNextPage } edges { node { key } } } } } } } } }"""
			.formatted(quoted(codes))), "regionalOverlap");
		int beyondFive = 0;
		String cursor = null;
		String cursorGap = null;
		String cursorRegion = null;
		List<String> cursorExpected = null;
		for (Map<String, Object> complement : (List<Map<String, Object>>) at(overlap, "complementarity")) {
			var b = at(complement, "coveredBy.code").toString();
			for (Map<String, Object> edge : (List<Map<String, Object>>) at(complement, "gaps.edges")) {
				var segment = at(edge, "node.segment.key").toString();
				var expected = inputs.byName(inputs.firmSetsPerSegment(GeneratedInputs.chainOf(segment), b).get(segment));
				assertThat(firmKeys(at(edge, "node.stored"))).as("first page of %s in %s", b, segment)
					.isEqualTo(expected.subList(0, Math.min(5, expected.size())));
				assertThat((Integer) at(edge, "node.stored.totalCount")).isEqualTo(expected.size());
				assertThat((Boolean) at(edge, "node.stored.pageInfo.hasNextPage")).isEqualTo(expected.size() > 5);
				assertThat(firmKeys(at(edge, "node.read"))).as("page of seven of %s in %s", b, segment)
					.isEqualTo(expected.subList(0, Math.min(7, expected.size())));
				assertThat((Integer) at(edge, "node.read.totalCount")).isEqualTo(expected.size());
				assertThat((Boolean) at(edge, "node.read.pageInfo.hasNextPage")).isEqualTo(expected.size() > 7);
				if (expected.size() > 5) {
					beyondFive++;
					if (cursor == null) {
						cursor = at(edge, "node.stored.pageInfo.endCursor");
						cursorGap = segment;
						cursorRegion = b;
						cursorExpected = expected.subList(5, Math.min(10, expected.size()));
					}
				}
			}
		}
		assertThat(beyondFive).as("gaps with more firms than the stored first five").isPositive();
		var next = (List<Map<String, Object>>) at(client().data("""
				{ regionalOverlap(regions: [%s]) { complementarity { coveredBy { code } gaps(first: 100) {
				    edges { node { segment { key } firms(first: 5, after: "%s") { edges { node { key } } } } } } } } }"""
			.formatted(quoted(codes), cursor)), "regionalOverlap.complementarity");
		var region = cursorRegion;
		var gap = cursorGap;
		var after = next.stream()
			.filter(c -> at(c, "coveredBy.code").equals(region))
			.flatMap(c -> ((List<Map<String, Object>>) at(c, "gaps.edges")).stream())
			.filter(e -> at(e, "node.segment.key").equals(gap))
			.findFirst()
			.orElseThrow();
		assertThat(firmKeys(at(after, "node.firms"))).as("the page after the first five").isEqualTo(cursorExpected);
	}

	@Test
	@SuppressWarnings("unchecked")
	void chainsAndPolicyChainsMatchTheFiles() {
		var codes = List.of("44", "32", "33");
		var overlap = at(client().data("""
				{ regionalOverlap(regions: [%s]) {
				    chainCount
				    chains { edges { node { chain { key } coveredBy { code } segmentCount segmentsCovered } } }
				    pairs { sharedChains unionChains }
				    policyChains { chain { key } namedBy { region { code } } namedByAll coveredBy { code } segmentsCovered
				                   linked { chain { key } supplies suppliedBy } }
				} }""".formatted(quoted(codes))), "regionalOverlap");
		assertThat((Integer) at(overlap, "chainCount")).isEqualTo(inputs.chains().size());
		for (Map<String, Object> edge : (List<Map<String, Object>>) at(overlap, "chains.edges")) {
			var chain = at(edge, "node.chain.key").toString();
			assertThat((Integer) at(edge, "node.segmentCount")).isEqualTo(inputs.chains().get(chain).segments().size());
			var expectedCounts = codes.stream().map(c -> inputs.coveredSegments(chain, c).size()).toList();
			assertThat((List<Integer>) at(edge, "node.segmentsCovered")).as(chain).isEqualTo(expectedCounts);
		}
		// Policy chains: every chain one of the three names, named by exactly the regions its file lists.
		var expectedNamed = new TreeMap<String, Set<String>>();
		inputs.chains().values().forEach(c -> c.policyRegions().stream().filter(codes::contains)
			.forEach(r -> expectedNamed.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(r)));
		var actualNamed = new TreeMap<String, Set<String>>();
		for (Map<String, Object> row : (List<Map<String, Object>>) at(overlap, "policyChains")) {
			var chain = at(row, "chain.key").toString();
			var namers = new TreeSet<String>();
			((List<Map<String, Object>>) row.get("namedBy")).forEach(p -> namers.add(at(p, "region.code").toString()));
			actualNamed.put(chain, namers);
			assertThat((Boolean) row.get("namedByAll")).isEqualTo(namers.size() == codes.size());
			// Linked chains: cross-chain supply links in the files, between chains of this list.
			for (Map<String, Object> link : (List<Map<String, Object>>) row.get("linked")) {
				var other = at(link, "chain.key").toString();
				long supplies = inputs.supplies().stream()
					.filter(s -> GeneratedInputs.chainOf(s.from()).equals(chain) && GeneratedInputs.chainOf(s.to()).equals(other))
					.count();
				long suppliedBy = inputs.supplies().stream()
					.filter(s -> GeneratedInputs.chainOf(s.from()).equals(other) && GeneratedInputs.chainOf(s.to()).equals(chain))
					.count();
				assertThat(((Integer) link.get("supplies")).longValue()).isEqualTo(supplies);
				assertThat(((Integer) link.get("suppliedBy")).longValue()).isEqualTo(suppliedBy);
			}
		}
		assertThat(actualNamed).isEqualTo(expectedNamed).isNotEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void compareRegionsCountsMatchTheFiles() {
		var codes = List.of("44", "32", "4403");
		var chains = new ArrayList<>(inputs.chains().keySet()).subList(0, 5);
		for (var chain : chains) {
			Map<String, Object> comparison = at(client().data("""
					{ compareRegions(regions: [%s], chain: "%s") { firmCounts segments { segment { key } firmCounts } } }"""
				.formatted(quoted(codes), chain)), "compareRegions");
			var expectedTotals = codes.stream().map(c -> inputs.firmsInChain(chain, c).size()).toList();
			assertThat((List<Integer>) comparison.get("firmCounts")).as(chain).isEqualTo(expectedTotals);
			var expected = new TreeMap<String, List<Integer>>();
			inputs.chains().get(chain).segments()
				.forEach(s -> expected.put(s, codes.stream().map(c -> inputs.firmsPerSegment(chain, c).get(s)).toList()));
			var actual = new TreeMap<String, List<Integer>>();
			for (Map<String, Object> row : (List<Map<String, Object>>) comparison.get("segments")) {
				actual.put(at(row, "segment.key").toString(), (List<Integer>) row.get("firmCounts"));
			}
			assertThat(actual).as(chain).isEqualTo(expected);
		}
	}

	/** The chain where the regions' coverage differs most, so shared, alone and gaps are all non-trivial. */
	private static String mostContestedChain(List<String> codes) {
		String best = null;
		int bestScore = -1;
		for (var chain : inputs.chains().keySet()) {
			var sets = codes.stream().map(c -> inputs.coveredSegments(chain, c)).toList();
			int score = Math.min(sets.get(0).size(), sets.get(1).size())
					* (inputs.chains().get(chain).segments().size() - sets.get(0).size());
			if (score > bestScore) {
				bestScore = score;
				best = chain;
			}
		}
		return best;
	}

	/** The keys of a connection of firms, in order. */
	@SuppressWarnings("unchecked")
	private static List<String> firmKeys(Object connection) {
		return ((List<Map<String, Object>>) at(connection, "edges")).stream().map(e -> at(e, "node.key").toString()).toList();
	}

	@SuppressWarnings("unchecked")
	private static Set<String> keys(Object connection) {
		var result = new TreeSet<String>();
		((List<Map<String, Object>>) at(connection, "edges")).forEach(e -> result.add(at(e, "node.segment.key").toString()));
		assertThat((Integer) at(connection, "totalCount")).isEqualTo(result.size());
		return result;
	}

}
