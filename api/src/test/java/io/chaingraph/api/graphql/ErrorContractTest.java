package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error contract a typed client relies on: a refusal before the query runs has no empty {@code locations}, and
 * the field's place and path when it is about one field; a value above a maximum is LIMIT_EXCEEDED with the limit,
 * one below a minimum BAD_INPUT; an unknown region names the argument it was given in.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class) // reads the demo data set, whichever class ran before
class ErrorContractTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	QueryLimitsInterceptor limits;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@Test
	void aPageSizeRefusalGivesTheFieldsPlaceAndPath() {
		var error = client().error("{ chains(first: 101) { totalCount } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxPageSize");
		assertThat(error.get("locations")).isEqualTo(List.of(Map.of("line", 1, "column", 3)));
		assertThat(error.get("path")).isEqualTo(List.of("chains"));
		assertThat((String) error.get("message")).startsWith("first: 'chains' asks for 101 items");
		// Under an object and an alias: the path by response keys.
		var nested = client().error("{ s: segment(key: \"jx-nonferrous/copper-foil\") {\n  enterprises(first: 101) { totalCount } } }");
		assertThat(nested.get("locations")).isEqualTo(List.of(Map.of("line", 2, "column", 3)));
		assertThat(nested.get("path")).isEqualTo(List.of("s", "enterprises"));
		// Below a list, the indexes are not known without running it: the place, no path.
		var listed = client().error("{ chains(first: 1) { nodes { segments { enterprises(first: 101) { totalCount } } } } }");
		assertThat(listed.get("locations")).isEqualTo(List.of(Map.of("line", 1, "column", 41)));
		assertThat(listed).doesNotContainKey("path");
		// Through a fragment on an interface's type: the type is followed.
		var spread = client().error("{ node(id: \"x\") { ... on Segment { enterprises(first: 101) { totalCount } } } }");
		assertThat(spread.get("path")).isEqualTo(List.of("node", "enterprises"));
	}

	@Test
	void aRefusalOfTheWholeRequestHasNoLocations() {
		var aliases = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": about { version }");
		}
		var error = client().error(aliases.append(" }").toString());
		assertThat(extensions(error)).containsEntry("limit", "maxAliases");
		assertThat(error).doesNotContainKeys("locations", "path");
		var unauthenticated = client().answer("mutation { removeEnterprise(key: \"x\") { removed } }", null);
		@SuppressWarnings("unchecked")
		var refused = ((List<Map<String, Object>>) unauthenticated.get("errors")).getFirst();
		assertThat(extensions(refused)).containsEntry("code", "UNAUTHENTICATED");
		assertThat(refused).doesNotContainKeys("locations", "path");
	}

	@Test
	void aValueAboveAMaximumIsLimitExceededWithTheLimitAndOneBelowAMinimumBadInput() {
		var gaps = "{ chainGaps(chain: \"jx-nonferrous\", region: \"36\", %s) { weakBelow } }";
		assertLimit(client().error(gaps.formatted("nearest: 21")), "maxNearest", 20, 21);
		assertLimit(client().error(gaps.formatted("weakBelow: 10001")), "maxWeakBelow", 10000, 10001);
		assertLimit(client().error(gaps.formatted("strongFrom: 101")), "maxStrongFrom", 100, 101.0);
		assertThat(GraphQlClient.code(client().error(gaps.formatted("nearest: -1")))).isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client().error(gaps.formatted("weakBelow: 0")))).isEqualTo("BAD_INPUT");
		assertThat(GraphQlClient.code(client().error(gaps.formatted("strongFrom: 0.5")))).isEqualTo("BAD_INPUT");
		var paths = "{ supplyPaths(from: \"碳纤维\", to: \"航空维修(MRO)\", first: %d) { hasMore } }";
		assertLimit(client().error(paths.formatted(51)), "maxPaths", 50, 51);
		var zero = client().error(paths.formatted(0));
		assertThat(GraphQlClient.code(zero)).isEqualTo("BAD_INPUT");
		assertThat(extensions(zero)).doesNotContainKey("limit");
		// A page size from a variable's default is past the request check: the page itself refuses it the same way.
		assertLimit(client().error("query($n: Int = 101) { chains(first: $n) { totalCount } }"), "maxPageSize", 100, 101);
		var download = this.http.getForEntity("/export/supplement-targets.csv?chain=jx-nonferrous&region=36&limit=1001",
				Map.class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(download.getBody()).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxTargets")
			.containsEntry("value", 1000).containsEntry("actual", 1001);
	}

	private static void assertLimit(Map<String, Object> error, String limit, Number value, Number actual) {
		assertThat(extensions(error)).as("%s", error.get("message")).containsEntry("code", "LIMIT_EXCEEDED")
			.containsEntry("limit", limit).containsEntry("value", value).containsEntry("actual", actual);
	}

	@Test
	void anUnknownRegionNamesTheArgumentItWasGivenIn() {
		Map<String, String> asked = Map.of(
				"{ enterprises(filter: {region: \"火星\"}) { totalCount } }", "filter.region: ",
				"{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"火星\") { totalCount } } }", "region: ",
				"{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {province: \"火星\"}) { totalCount } }",
				"filter.province: ", "{ upstream(from: \"电解铜箔\", enterprisesIn: \"火星\") { maxHops } }", "enterprisesIn: ",
				"{ chainGaps(chain: \"jx-nonferrous\", region: \"火星\") { weakBelow } }", "region: ",
				"{ regionalOverlap(regions: [\"36\", \"火星\"]) { regions { name } } }", "regions: ");
		asked.forEach((query, argument) -> {
			var error = client().error(query);
			assertThat(GraphQlClient.code(error)).as(query).isEqualTo("NOT_FOUND");
			assertThat((String) error.get("message")).as(query).startsWith(argument + "Region 地区 '火星' not found (未找到)");
		});
	}

	/**
	 * An unknown chain, a region name several regions share (鼓楼区) and a cooperation area where firms are counted
	 * name their argument too: a question takes a chain and regions in several arguments, and a client shows the
	 * message beside the field it is about.
	 */
	@Test
	void anUnknownChainASharedNameAndACooperationAreaNameTheirArgument() {
		Map<String, String> unknownChain = Map.of(
				"{ chainGaps(chain: \"火星\", region: \"36\") { weakBelow } }", "chain: ",
				"{ supplementTargets(chain: \"火星\", region: \"36\") { totalCount } }", "chain: ",
				"{ regionalOverlap(regions: [\"36\", \"32\"], chain: \"火星\") { regions { name } } }", "chain: ",
				"{ compareRegions(chain: \"火星\", regions: [\"36\", \"32\"]) { regions { name } } }", "chain: ",
				"{ enterprises(filter: {chain: \"火星\"}) { totalCount } }", "filter.chain: ");
		unknownChain.forEach((query, argument) -> {
			var error = client().error(query);
			assertThat(GraphQlClient.code(error)).as(query).isEqualTo("NOT_FOUND");
			assertThat((String) error.get("message")).as(query).startsWith(argument + "Chain 产业链 '火星' not found (未找到)");
		});
		var suggested = (String) client().error("{ regionalOverlap(regions: [\"36\", \"32\"], chain: \"jx-nonferous\") "
				+ "{ regions { name } } }").get("message");
		assertThat(suggested).as("the suggestion said once").startsWith("chain: Chain 产业链 'jx-nonferous' not found")
			.containsOnlyOnce("did you mean");
		Map<String, String> shared = Map.of(
				"{ chainGaps(chain: \"jx-nonferrous\", region: \"鼓楼区\") { weakBelow } }", "region: ",
				"{ supplementTargets(chain: \"jx-nonferrous\", region: \"鼓楼区\") { totalCount } }", "region: ",
				"{ enterprises(filter: {region: \"鼓楼区\"}) { totalCount } }", "filter.region: ",
				"{ regionalOverlap(regions: [\"36\", \"鼓楼区\"]) { regions { name } } }", "regions: ",
				"{ upstream(from: \"电解铜箔\", enterprisesIn: \"鼓楼区\") { maxHops } }", "enterprisesIn: ");
		shared.forEach((query, argument) -> {
			var error = client().error(query);
			assertThat(GraphQlClient.code(error)).as(query).isEqualTo("BAD_INPUT");
			assertThat((String) error.get("message")).as(query).startsWith(argument + "Region 地区 name '鼓楼区' matches 4");
		});
		Map<String, String> area = Map.of(
				"{ chainGaps(chain: \"jx-nonferrous\", region: \"CA-XGB\") { weakBelow } }", "region: ",
				"{ enterprises(filter: {region: \"CA-XGB\"}) { totalCount } }", "filter.region: ",
				"{ regionalOverlap(regions: [\"36\", \"CA-XGB\"]) { regions { name } } }", "regions: ",
				"{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {province: \"CA-XGB\"}) { totalCount } }",
				"filter.province: ");
		area.forEach((query, argument) -> {
			var error = client().error(query);
			assertThat(GraphQlClient.code(error)).as(query).isEqualTo("BAD_INPUT");
			assertThat((String) error.get("message")).as(query)
				.startsWith(argument + "'湘赣边区域合作示范区' (CA-XGB) is a cooperation area");
		});
	}

	/** The README's figures for a dashboard of chains, their segments and a page of firms in each. */
	@Test
	void aDashboardOfSegmentsAndTheirFirmsStaysWithinTheComplexityLimitByItsPageSizes() {
		var dashboard = "{ chains(first: 10) { nodes { name segments { name enterprises(first: %d) { totalCount "
				+ "nodes { name region { name } } } } } } }";
		// 1 + 10 + 10 + 10 + 100 + 100 + 5 × 10 × 10 × first: 10,231 at 20, 49,731 at 99, 50,231 at 100
		assertThat(this.limits.check(dashboard.formatted(20), Map.of(), null)).isNull();
		assertThat(this.limits.check(dashboard.formatted(99), Map.of(), null)).isNull();
		assertThat(this.limits.check(dashboard.formatted(100), Map.of(), null).limit()).isEqualTo("maxComplexity");
		// One chain at a time takes the largest page: 5,022.
		assertThat(this.limits.check("{ chain(key: \"jx-nonferrous\") { segments { name enterprises(first: 100) { "
				+ "totalCount nodes { name region { name } } } } } }", Map.of(), null)).isNull();
	}

}
