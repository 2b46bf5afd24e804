package io.chaingraph.api.chain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain map over GraphQL, checked against the demo files themselves (read here without Neo4j). */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class ChainMapTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@SuppressWarnings("unchecked")
	private Map<String, Object> data(String query) {
		var body = this.http.postForObject("/graphql", Map.of("query", query), Map.class);
		assertThat(body.get("errors")).as("errors").isNull();
		return (Map<String, Object>) body.get("data");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> demoChain(String key) throws IOException {
		try (InputStream in = ChainMapTest.class.getClassLoader().getResourceAsStream("demo/chains/" + key + ".yaml")) {
			return new Yaml().load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static void collect(List<Map<String, Object>> segments, String chain, String parent, List<String[]> out) {
		for (var segment : segments) {
			var key = chain + "/" + segment.get("id");
			out.add(new String[] { key, parent });
			if (segment.get("children") != null) {
				collect((List<Map<String, Object>>) segment.get("children"), chain, key, out);
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theChainMapOfTheCopperChainMatchesItsFile() throws IOException {
		var file = demoChain("jx-nonferrous");
		var expected = new ArrayList<String[]>();
		collect((List<Map<String, Object>>) file.get("segments"), "jx-nonferrous", null, expected);
		var expectedLinks = new HashSet<String>();
		for (var link : (List<Map<String, Object>>) file.get("supplies")) {
			var from = (String) link.get("from");
			var to = (String) link.get("to");
			expectedLinks.add((from.contains("/") ? from : "jx-nonferrous/" + from) + ">"
					+ (to.contains("/") ? to : "jx-nonferrous/" + to));
		}

		var chain = (Map<String, Object>) data("""
				{ chain(key: "jx-nonferrous") { id key name
				    policies { region { code name } program tier }
				    segments { key position parent { key } }
				    rootSegments { key }
				    supplyLinks { from { key } to { key } source { reference illustrative } } } }
				""").get("chain");

		assertThat(chain.get("name")).isEqualTo(file.get("name"));
		assertThat(GlobalId.decode((String) chain.get("id"), "Chain").key()).isEqualTo("jx-nonferrous");
		var segments = (List<Map<String, Object>>) chain.get("segments");
		assertThat(segments).extracting(s -> s.get("key")).containsExactlyElementsOf(expected.stream().map(e -> e[0]).toList());
		for (int i = 0; i < segments.size(); i++) {
			var parent = (Map<String, Object>) segments.get(i).get("parent");
			assertThat(parent == null ? null : parent.get("key")).as("parent of %s", expected.get(i)[0]).isEqualTo(expected.get(i)[1]);
		}
		assertThat((List<Map<String, Object>>) chain.get("rootSegments")).extracting(s -> s.get("key"))
			.containsExactlyElementsOf(expected.stream().filter(e -> e[1] == null).map(e -> e[0]).toList());
		var policies = (List<Map<String, Object>>) chain.get("policies");
		assertThat(policies).singleElement().satisfies(p -> {
			assertThat(((Map<String, Object>) p.get("region")).get("name")).isEqualTo("江西省");
			assertThat(p.get("tier")).isEqualTo("2");
		});
		// Links defined in this file are all there; links of other chains into this one come on top.
		Set<String> links = new HashSet<>();
		for (var link : (List<Map<String, Object>>) chain.get("supplyLinks")) {
			links.add(((Map<String, Object>) link.get("from")).get("key") + ">" + ((Map<String, Object>) link.get("to")).get("key"));
		}
		assertThat(links).containsAll(expectedLinks);
	}

	@Test
	@SuppressWarnings("unchecked")
	void lookupsByKeyNameAndIdAgree() {
		var byKey = (Map<String, Object>) data("{ chain(key: \"jx-vr\") { id name } }").get("chain");
		var byName = (Map<String, Object>) data("{ chain(name: \"" + byKey.get("name") + "\") { id } }").get("chain");
		var byId = (Map<String, Object>) data("{ node(id: \"" + byKey.get("id") + "\") { id ... on Chain { name } } }").get("node");
		assertThat(byName.get("id")).isEqualTo(byKey.get("id"));
		assertThat(byId.get("name")).isEqualTo(byKey.get("name"));
		assertThat(data("{ chain(key: \"no-such-chain\") { id } }").get("chain")).isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void jiangxiNamesFourteenChainsAndPagesThroughThemWithCursors() {
		var first = (Map<String, Object>) data("{ chains(filter: {region: \"36\"}, first: 10) { totalCount "
				+ "pageInfo { hasNextPage endCursor } edges { node { key } } } }").get("chains");
		assertThat(first.get("totalCount")).isEqualTo(14);
		var info = (Map<String, Object>) first.get("pageInfo");
		assertThat(info.get("hasNextPage")).isEqualTo(true);
		var second = (Map<String, Object>) data("{ chains(filter: {region: \"36\"}, first: 10, after: \"" + info.get("endCursor")
				+ "\") { pageInfo { hasNextPage } edges { node { key } } } }").get("chains");
		var keys = new ArrayList<Object>();
		((List<Map<String, Object>>) first.get("edges")).forEach(e -> keys.add(((Map<String, Object>) e.get("node")).get("key")));
		((List<Map<String, Object>>) second.get("edges")).forEach(e -> keys.add(((Map<String, Object>) e.get("node")).get("key")));
		assertThat(keys).hasSize(14).doesNotHaveDuplicates().allSatisfy(k -> assertThat((String) k).startsWith("jx-"));
		assertThat(((Map<String, Object>) second.get("pageInfo")).get("hasNextPage")).isEqualTo(false);
		var excellent = (Map<String, Object>) data("{ chains(filter: {tier: \"卓越\"}) { totalCount } }").get("chains");
		assertThat(excellent.get("totalCount")).isEqualTo(10);
		// A tier no policy gives is NOT_FOUND with the tiers there are, as in the firm filter (it was an empty list).
		var unknown = new GraphQlClient(this.http).error("{ chains(filter: {tier: \"3\"}) { totalCount } }");
		assertThat(GraphQlClient.code(unknown)).isEqualTo("NOT_FOUND");
		assertThat((String) unknown.get("message")).contains("'3'", "没有该层级的政策产业链", "卓越");
	}

	@Test
	void aNestedRequestRunsTheSameNumberOfStatementsWhateverItsSize() {
		var query = "{ chains(first: %d) { edges { node { name policies { region { name } } segments { key chain { key } "
				+ "parent { key } supplies { key } suppliedBy { key } } supplyLinks { from { key } to { key } } "
				+ "clusters { name regions { name } } chainLeaders { enterprise { name region { name } } } } } } }";
		long before = this.reads.statementsRun();
		data(query.formatted(10));
		long small = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		data(query.formatted(20));
		long large = this.reads.statementsRun() - before;
		assertThat(large).as("statements for 20 chains vs 10").isEqualTo(small);
		// One statement per nested field of the request (17 here), however many chains, segments and firms it meets.
		assertThat(small).isLessThanOrEqualTo(17);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRegionWithItsHierarchyNeighboursAndPolicyChains() {
		var region = (Map<String, Object>) data("{ region(name: \"南昌市\") { code fullName level parent { code } "
				+ "children { code } neighbours { code } policyChains { tier } } }").get("region");
		assertThat(region.get("code")).isEqualTo("3601");
		assertThat(region.get("fullName")).isEqualTo("江西省南昌市");
		assertThat(((Map<String, Object>) region.get("parent")).get("code")).isEqualTo("36");
		assertThat((List<Object>) region.get("children")).hasSizeGreaterThanOrEqualTo(9);
		var jiangxi = (Map<String, Object>) data("{ region(code: \"36\") { neighbours { name } "
				+ "policyChains { chain { key name } region { code } program tier } } }").get("region");
		assertThat((List<Map<String, Object>>) jiangxi.get("neighbours")).extracting(n -> n.get("name"))
			.containsExactlyInAnyOrder("浙江省", "安徽省", "福建省", "湖北省", "湖南省", "广东省");
		// The 14 chains of the demo's 江西 files (chains/jx-*.yaml), each with the chain it names.
		var policies = (List<Map<String, Object>>) jiangxi.get("policyChains");
		assertThat(policies).hasSize(14)
			.extracting(p -> ((Map<String, Object>) p.get("chain")).get("key"))
			.doesNotHaveDuplicates()
			.allSatisfy(key -> assertThat((String) key).startsWith("jx-"));
		assertThat(policies).filteredOn(p -> "jx-nonferrous".equals(((Map<String, Object>) p.get("chain")).get("key")))
			.singleElement()
			.satisfies(p -> assertThat(p).containsEntry("tier", "2")
				.containsEntry("region", Map.of("code", "36"))
				.containsEntry("chain", Map.of("key", "jx-nonferrous", "name", "有色金属")));
	}

}
