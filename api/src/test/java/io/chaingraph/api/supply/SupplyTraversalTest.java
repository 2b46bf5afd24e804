package io.chaingraph.api.supply;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** upstream / downstream against a breadth-first search of my own over the demo's chain files (no Neo4j involved). */
@ApiTest
class SupplyTraversalTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	private static final Map<String, Set<String>> FEEDS = new HashMap<>();

	private static final Map<String, Set<String>> FED_BY = new HashMap<>();

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readTheFiles() throws IOException {
		DemoGraph.ensureLoaded();
		try (InputStream index = SupplyTraversalTest.class.getClassLoader().getResourceAsStream("demo/INDEX")) {
			for (var name : new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (!name.startsWith("chains/")) {
					continue;
				}
				try (InputStream in = SupplyTraversalTest.class.getClassLoader().getResourceAsStream("demo/" + name)) {
					Map<String, Object> chain = new Yaml().load(in);
					var id = (String) chain.get("id");
					for (var link : (List<Map<String, Object>>) chain.getOrDefault("supplies", List.of())) {
						var from = qualify(id, (String) link.get("from"));
						var to = qualify(id, (String) link.get("to"));
						FEEDS.computeIfAbsent(from, k -> new HashSet<>()).add(to);
						FED_BY.computeIfAbsent(to, k -> new HashSet<>()).add(from);
					}
				}
			}
		}
	}

	private static String qualify(String chain, String segment) {
		return segment.contains("/") ? segment : chain + "/" + segment;
	}

	@ParameterizedTest(name = "{0} {1} hops {2}")
	@CsvSource({ "jx-nonferrous/copper-foil, upstream, 1", "jx-nonferrous/copper-foil, upstream, 4",
			"jx-nonferrous/copper-foil, downstream, 3", "jx-electronics/pcb, upstream, 2", "jx-auto/battery-cell, upstream, 10",
			"js-ic/silicon-wafer, downstream, 5" })
	@SuppressWarnings("unchecked")
	void reachesExactlyWhatABreadthFirstSearchOfTheFilesReaches(String start, String direction, int hops) {
		var client = new GraphQlClient(this.http);
		var id = GlobalId.of("Segment", start);
		var exists = client.data("{ segment(key: \"" + start + "\") { key } }").get("segment");
		org.junit.jupiter.api.Assumptions.assumeTrue(exists != null, start + " is not in the demo data");
		var reach = (Map<String, Object>) client.data("{ %s(from: \"%s\", maxHops: %d) { direction maxHops reached { hops node { ... on Segment { key } } path { ... on Segment { key } } } } }"
			.formatted(direction, id, hops)).get(direction);

		var edges = direction.equals("upstream") ? FED_BY : FEEDS;
		var expected = Reaches.breadthFirst(start, edges, hops);
		expected.remove(start);
		assertThat(Reaches.hopsCheckingPaths(reach, "key", start, edges)).isEqualTo(expected);
		assertThat(reach.get("maxHops")).isEqualTo(hops);
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsTheFirmsOfARegionInWhatIsReached() {
		var client = new GraphQlClient(this.http);
		var reach = (Map<String, Object>) client.data("{ upstream(from: \"%s\", maxHops: 2, enterprisesIn: \"36\") { enterprises { key region { fullName } } } }"
			.formatted(GlobalId.of("Segment", "jx-nonferrous/copper-foil"))).get("upstream");
		var firms = (List<Map<String, Object>>) reach.get("enterprises");
		assertThat(firms).isNotEmpty().allSatisfy(f -> assertThat((String) ((Map<String, Object>) f.get("region")).get("fullName")).startsWith("江西省"));
	}

	@Test
	void oneTraversalIsOneStatementHoweverFarItGoes() {
		var client = new GraphQlClient(this.http);
		var from = GlobalId.of("Segment", "jx-auto/battery-cell");
		for (var direction : List.of("upstream", "downstream")) {
			for (int hops : new int[] { 1, 10 }) {
				long before = this.reads.statementsRun();
				client.data("{ %s(from: \"%s\", maxHops: %d, enterprisesIn: \"36\") { reached { hops path { id } } enterprises { key } } }"
					.formatted(direction, from, hops));
				// The start, every hop, what was reached and the region's firms: one statement.
				assertThat(this.reads.statementsRun() - before).as("%s, %d hops", direction, hops).isEqualTo(1);
			}
		}
	}

	@Test
	void startsFromASegmentsKeyOrNameOrAProductsNameAsFromItsId() {
		var client = new GraphQlClient(this.http);
		var query = "{ upstream(from: \"%s\", maxHops: 3) { reached { hops path { id } } } }";
		var byId = client.data(query.formatted(GlobalId.of("Segment", "jx-nonferrous/copper-foil")));
		assertThat(client.data(query.formatted("jx-nonferrous/copper-foil"))).isEqualTo(byId);
		assertThat(client.data(query.formatted("电解铜箔"))).isEqualTo(byId);
		var product = "{ downstream(from: \"%s\", maxHops: 2) { reached { hops } } }";
		assertThat(client.data(product.formatted("4.5μm极薄锂电铜箔")))
			.isEqualTo(client.data(product.formatted(GlobalId.of("Product", "4.5μm极薄锂电铜箔"))));
		// The region of enterprisesIn by name, as by code; one the graph does not have is NOT_FOUND.
		var firms = "{ upstream(from: \"电解铜箔\", maxHops: 3, enterprisesIn: \"%s\") { enterprises { key } } }";
		var jiangxi = client.data(firms.formatted("36"));
		assertThat(client.data(firms.formatted("江西"))).isEqualTo(jiangxi);
		assertThat(jiangxi.toString()).contains("key=");
		assertThat(GraphQlClient.code(client.error(firms.formatted("369999")))).isEqualTo("NOT_FOUND");
		var part = client.error(query.formatted("铜箔"));
		assertThat(GraphQlClient.code(part)).isEqualTo("NOT_FOUND");
		assertThat((String) part.get("message")).contains("did you mean 电解铜箔 (jx-nonferrous/copper-foil)");
	}

	@Test
	void refusesBadStartsAndTooManyHops() {
		var client = new GraphQlClient(this.http);
		assertThat(GraphQlClient.code(client.error("{ upstream(from: \"%s\") { maxHops } }".formatted(GlobalId.of("Region", "36")))))
			.isEqualTo("BAD_INPUT");
		// Neither an ID nor a segment's key or name nor a product's name.
		var nothing = client.error("{ upstream(from: \"not-an-id\") { maxHops } }");
		assertThat(GraphQlClient.code(nothing)).isEqualTo("NOT_FOUND");
		assertThat((String) nothing.get("message")).isEqualTo("'not-an-id' is no segment or product the graph has, nor the ID"
				+ " of one (未找到该环节或产品)");
		var tooFar = client.error("{ downstream(from: \"%s\", maxHops: 11) { maxHops } }".formatted(GlobalId.of("Segment", "jx-nonferrous/copper-foil")));
		assertThat(GraphQlClient.code(tooFar)).isEqualTo("LIMIT_EXCEEDED");
		assertThat(GraphQlClient.code(client.error("{ upstream(from: \"%s\") { maxHops } }".formatted(GlobalId.of("Segment", "no/such")))))
			.isEqualTo("NOT_FOUND");
		assertThat(GraphQlClient.code(client.error("{ node(id: \"@@@\") { id } }"))).isEqualTo("BAD_INPUT");
	}

}
