package io.chaingraph.api.supply;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoChains;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.model.order.NameOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** upstream / downstream against a breadth-first search of my own over the demo's chain files (no Neo4j involved). */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class SupplyTraversalTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	private static final Map<String, Set<String>> FEEDS = DemoChains.FEEDS;

	private static final Map<String, Set<String>> FED_BY = DemoChains.FED_BY;

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
				client.data("{ %s(from: \"%s\", maxHops: %d, enterprisesIn: \"36\") { reached { hops path { id } } enterprises { key } enterprisesCount } }"
					.formatted(direction, from, hops));
				// The start, every hop, what was reached and the region's firms with their count: one statement.
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
		// A product's name with a slip: the products it may mean, as a region or chain with one has its suggestions.
		var slip = client.error("{ downstream(from: \"COB光\") { maxHops } }");
		assertThat(GraphQlClient.code(slip)).isEqualTo("NOT_FOUND");
		assertThat((String) slip.get("message")).contains("did you mean COB光源");
		assertThat(((Map<?, ?>) slip.get("extensions")).get("suggestions")).isEqualTo(List.of("COB光源"));
		var end = client.error("{ productPaths(from: \"COB光\", to: \"NB-IoT智能水表\") { hasMore } }");
		assertThat(GraphQlClient.code(end)).isEqualTo("NOT_FOUND");
		assertThat((String) end.get("message")).startsWith("from: Product 产品 'COB光' not found (未找到); did you mean COB光源");
		assertThat(((Map<?, ?>) end.get("extensions")).get("suggestions")).isEqualTo(List.of("COB光源"));
	}

	@Test
	void refusesBadStartsAndTooManyHops() {
		var client = new GraphQlClient(this.http);
		assertThat(GraphQlClient.code(client.error("{ upstream(from: \"%s\") { maxHops } }".formatted(GlobalId.of("Region", "36")))))
			.isEqualTo("BAD_INPUT");
		// A firm's ID, as a client has it from another answer: the message names its type as English does.
		var firm = client.error("{ upstream(from: \"%s\") { maxHops } }".formatted(GlobalId.of("Enterprise", "600362-sh")));
		assertThat(GraphQlClient.code(firm)).isEqualTo("BAD_INPUT");
		assertThat((String) firm.get("message")).startsWith("upstream/downstream start from a Segment or a Product, not an Enterprise");
		var route = client.error("{ supplyPaths(from: \"%s\", to: \"电解铜箔\") { hasMore } }".formatted(GlobalId.of("Enterprise", "600362-sh")));
		assertThat((String) route.get("message")).startsWith("from: supplyPaths joins two segments, not an Enterprise");
		var products = client.error("{ productPaths(from: \"%s\", to: \"阴极铜\") { hasMore } }".formatted(GlobalId.of("Industry", "370000")));
		assertThat((String) products.get("message")).startsWith("from: productPaths joins two products, not an Industry");
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

	/**
	 * supplyPaths against every route of my own: a depth-first enumeration of the routes over the chain files' supply
	 * links, each visiting a segment once, sorted by length, then by the 拼音 of their segments' names, then by keys. Every other pair of the demo with two routes or
	 * more within 6 links and every twentieth with one, some also at fewer hops and by pages of two.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void supplyPathsListsEveryRouteOfTheFilesShortestFirst() {
		var client = new GraphQlClient(this.http);
		var pairs = new java.util.ArrayList<List<String>>();
		int singles = 0;
		int severals = 0;
		for (var from : new java.util.TreeSet<>(FEEDS.keySet())) {
			var all = routes(from, 6);
			for (var to : all.stream().map(List::getLast).distinct().sorted().toList()) {
				// Every other pair with several routes, every twentieth with one (a request takes a few ms).
				boolean several = all.stream().filter(r -> r.getLast().equals(to)).count() > 1;
				if (several ? severals++ % 2 == 0 : singles++ % 20 == 0) {
					pairs.add(List.of(from, to));
				}
			}
		}
		assertThat(severals).as("pairs with several routes within 6 links").isGreaterThan(200);
		assertThat(pairs).hasSizeGreaterThan(100);
		int checked = 0;
		int several = 0;
		for (int n = 0; n < pairs.size(); n++) {
			var pair = pairs.get(n);
			// Every pair whole; every fourth also shorter and by pages of two.
			for (var hops : n % 4 == 0 ? new int[] { 6, 4 } : new int[] { 6 }) {
				for (var first : n % 4 == 0 ? new int[] { 50, 2 } : new int[] { 50 }) {
					var expected = routes(pair.getFirst(), hops).stream().filter(r -> r.getLast().equals(pair.getLast())).toList();
					var answer = (Map<String, Object>) client.data("""
							{ supplyPaths(from: "%s", to: "%s", maxHops: %d, first: %d) {
							    maxHops hasMore from { key } to { key } paths { hops segments { key } } } }"""
						.formatted(pair.getFirst(), pair.getLast(), hops, first)).get("supplyPaths");
					var actual = ((List<Map<String, Object>>) answer.get("paths")).stream().map(p -> {
						var keys = ((List<Map<String, Object>>) p.get("segments")).stream().map(k -> (String) k.get("key")).toList();
						assertThat(p.get("hops")).isEqualTo(keys.size() - 1);
						return keys;
					}).toList();
					var pairName = pair + " within " + hops + ", first " + first;
					assertThat(actual).as(pairName).isEqualTo(expected.subList(0, Math.min(first, expected.size())));
					assertThat(answer.get("hasMore")).as(pairName).isEqualTo(expected.size() > first);
					assertThat(answer.get("maxHops")).isEqualTo(hops);
					checked++;
					several += expected.size() > 1 ? 1 : 0;
				}
			}
		}
		assertThat(several).as("cases with several routes").isGreaterThan(120);
		assertThat(checked).isGreaterThan(pairs.size());
	}

	/** Every route from a segment along FEEDS within {@code hops} links, as supplyPaths lists them. */
	private static List<List<String>> routes(String from, int hops) {
		return Reaches.depthFirst(from, FEEDS, hops, key -> NameOrder.key(DemoChains.NAMES.get(key)));
	}

	@Test
	void supplyPathsRefusesWhatIsNoRouteQuestion() {
		var client = new GraphQlClient(this.http);
		var query = "{ supplyPaths(from: \"%s\", to: \"%s\"%s) { paths { hops } reversed } }";
		// By name as by key; the other way round there is none, and the answer says the ends are the wrong way round.
		assertThat(client.data(query.formatted("碳纤维", "航空维修(MRO)", "")))
			.isEqualTo(client.data(query.formatted("js-carbon/carbon-fiber", "jx-aviation/mro", "")))
			.hasToString("{supplyPaths={paths=[{hops=4}, {hops=4}, {hops=4}, {hops=4}, {hops=5}, {hops=5}], reversed=false}}");
		assertThat(client.data(query.formatted("jx-aviation/mro", "js-carbon/carbon-fiber", "")).toString())
			.isEqualTo("{supplyPaths={paths=[], reversed=true}}");
		// Nor within fewer links than the shortest route back has (four).
		assertThat(client.data(query.formatted("jx-aviation/mro", "js-carbon/carbon-fiber", ", maxHops: 3")).toString())
			.isEqualTo("{supplyPaths={paths=[], reversed=false}}");
		assertThat(client.data(query.formatted("jx-aviation/mro", "jx-nonferrous/copper-ore", "")).toString())
			.isEqualTo("{supplyPaths={paths=[], reversed=false}}");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "碳纤维", "")))).isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "4.5μm极薄锂电铜箔", "")))).isEqualTo("BAD_INPUT");
		assertThat((String) client.error(query.formatted("碳纤维", "4.5μm极薄锂电铜箔", "")).get("message"))
			.as("a product: the error names the query that joins products").contains("productPaths");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "no/such", "")))).isEqualTo("NOT_FOUND");
		assertThat((String) client.error(query.formatted("碳纤维", "no/such", "")).get("message")).contains("'no/such'");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "航空维修(MRO)", ", maxHops: 11"))))
			.isEqualTo("LIMIT_EXCEEDED");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "航空维修(MRO)", ", first: 51"))))
			.isEqualTo("LIMIT_EXCEEDED");
		assertThat(GraphQlClient.code(client.error(query.formatted("碳纤维", "航空维修(MRO)", ", first: 0"))))
			.isEqualTo("BAD_INPUT");
		long before = this.reads.statementsRun();
		client.data(query.formatted("js-carbon/carbon-fiber", "jx-aviation/mro", ", maxHops: 10, first: 50"));
		assertThat(this.reads.statementsRun() - before).as("one statement").isEqualTo(1);
	}

}
