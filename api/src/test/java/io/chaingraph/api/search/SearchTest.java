package io.chaingraph.api.search;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SearchTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@BeforeAll
	static void demo() {
		DemoGraph.ensureLoaded();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String arguments) {
		return (List<Map<String, Object>>) new GraphQlClient(this.http)
			.data("{ search(" + arguments + ") { type name score matchedBy node { id } } }")
			.get("search");
	}

	@Test
	void fullTextFindsChineseNames() {
		var hits = search("text: \"铜业\"");
		assertThat(hits).isNotEmpty();
		assertThat(hits).allSatisfy(h -> assertThat((String) h.get("name")).contains("铜"));
		assertThat(hits.getFirst().get("matchedBy")).isEqualTo("FULLTEXT");
	}

	@Test
	void oneCharacterStillFindsThings() {
		var hits = search("text: \"铜\", first: 10");
		assertThat(hits).hasSize(10).allSatisfy(h -> {
			assertThat((String) h.get("name")).contains("铜");
			assertThat(h.get("matchedBy")).isEqualTo("CONTAINS");
		});
	}

	@Test
	void exactCodesComeFirst() {
		var byStock = search("text: \"600362\"");
		assertThat(byStock.getFirst()).containsEntry("type", "ENTERPRISE").containsEntry("matchedBy", "EXACT");
		assertThat((String) byStock.getFirst().get("name")).contains("江西铜业");
		var byRegion = search("text: \"36\", types: [REGION]");
		assertThat(byRegion.getFirst()).containsEntry("name", "江西省").containsEntry("score", 100.0);
	}

	@Test
	void typesNarrowTheHits() {
		assertThat(search("text: \"江西\", types: [REGION, CHAIN], first: 50"))
			.allSatisfy(h -> assertThat(h.get("type")).isIn("REGION", "CHAIN"));
	}

	@Test
	void oneStatementWhicheverPassesRun() {
		// exact only (600362 fills first: 1), exact then full text ("铜业"), all three passes ("铜"), contains without hits.
		for (var arguments : List.of("text: \"600362\", first: 1", "text: \"铜业\"", "text: \"铜\", first: 50",
				"text: \"不存在的名称\"")) {
			long before = this.reads.statementsRun();
			search(arguments);
			assertThat(this.reads.statementsRun() - before).as(arguments).isEqualTo(1);
		}
	}

	@Test
	void emptyTextIsBadInput() {
		var error = new GraphQlClient(this.http).error("{ search(text: \"  \") { name } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
	}

}
