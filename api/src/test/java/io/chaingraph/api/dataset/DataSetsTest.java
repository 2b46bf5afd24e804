package io.chaingraph.api.dataset;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the graph was loaded from and how fresh it is: {@code dataSets}, and each fact's {@code source { dataSets
 * curated }}, on the demo data.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class DataSetsTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@Test
	@SuppressWarnings("unchecked")
	void listsTheLoadedDataSetsWithTheirRowsAndWhenTheyChanged() {
		var sets = (List<Map<String, Object>>) client().data("{ dataSets { key name format rows loadedAt } }").get("dataSets");
		assertThat(sets).extracting(s -> s.get("key")).containsExactlyInAnyOrder("demo", "regions-cn");
		var demo = sets.stream().filter(s -> s.get("key").equals("demo")).findFirst().orElseThrow();
		assertThat(demo).containsEntry("name", "ChainGraph 演示数据").containsEntry("format", "chaingraph/v1");
		// As many rows as the loader's reader finds in the demo files, counted without Neo4j (a dry run).
		long validated = new GraphLoader(TestNeo4j.driver()).loadShipped(new GraphLoader.Options(true, false))
			.validated().values().stream().mapToLong(Long::longValue).sum();
		assertThat(((Number) demo.get("rows")).longValue()).isEqualTo(validated);
		for (var set : sets) {
			assertThat(OffsetDateTime.parse((String) set.get("loadedAt"))).as("loadedAt of " + set.get("key"))
				.isBefore(OffsetDateTime.now());
		}
		var times = sets.stream().map(s -> OffsetDateTime.parse((String) s.get("loadedAt"))).toList();
		assertThat(times).as("most recently changed first").isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aFactNamesTheDataSetsThatListItAndWhetherCurationChangedIt() {
		var firm = source(client().data("{ enterprise(key: \"600362-sh\") { source { reference curated dataSets { key name } } } }"),
				"enterprise");
		assertThat(firm).containsEntry("reference", "registry:上海证券交易所上市公司信息").containsEntry("curated", false);
		assertThat((List<Map<String, Object>>) firm.get("dataSets"))
			.containsExactly(Map.of("key", "demo", "name", "ChainGraph 演示数据"));
		var region = source(client().data("{ region(code: \"3607\") { source { curated dataSets { key } } } }"), "region");
		assertThat((List<Map<String, Object>>) region.get("dataSets")).containsExactly(Map.of("key", "regions-cn"));

		// Tagged through the API: still the demo's firm, and now curated too.
		client().data("""
				mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["单项冠军"], source: "file:核查记录.pdf"}) {
				  enterprise { key } } }""", GraphQlClient.EDITOR);
		var tagged = source(client().data("{ enterprise(key: \"600362-sh\") { source { curated dataSets { key } } } }"),
				"enterprise");
		assertThat(tagged).containsEntry("curated", true);
		assertThat((List<Map<String, Object>>) tagged.get("dataSets")).containsExactly(Map.of("key", "demo"));
	}

	/**
	 * Firms and their segments with their sources' data sets, 2 firms and then 100: the same statements either way, one
	 * for the data sets per level of the request that shows sources (the firms', then their segments').
	 */
	@Test
	void theDataSetsOfAListCostOneStatement() {
		var query = "{ enterprises(first: %d) { edges { node { key source { dataSets { key } } "
				+ "segments { source { dataSets { name } } } } } } }";
		long before = this.reads.statementsRun();
		client().data(query.formatted(2));
		long few = this.reads.statementsRun() - before;
		before = this.reads.statementsRun();
		client().data(query.formatted(100));
		long many = this.reads.statementsRun() - before;
		assertThat(many).isEqualTo(few);
		before = this.reads.statementsRun();
		client().data("{ enterprises(first: 100) { edges { node { key segments { key } } } } }");
		assertThat(this.reads.statementsRun() - before).as("the same without dataSets").isEqualTo(few - 2);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> source(Map<String, Object> data, String field) {
		return (Map<String, Object>) ((Map<String, Object>) data.get(field)).get("source");
	}

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

}
