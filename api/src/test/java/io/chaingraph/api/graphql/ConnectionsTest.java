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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list answers as Relay clients (and GitHub's and Shopify's users) expect: {@code nodes} beside
 * {@code edges}, and a {@code pageInfo} with both cursors and both directions, whether the list is a top-level
 * field, a nested one loaded in batches, or the 补链 targets with their own connection type.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class ConnectionsTest {

	private static final String PAGE = "totalCount nodes { key } edges { cursor node { key } } "
			+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

	@Autowired
	TestRestTemplate http;

	@Test
	void topLevelList() {
		checkTwoPages(after -> "{ enterprises(filter: {region: \"36\"}, first: 3" + after + ") { " + PAGE + " } }",
				"enterprises");
	}

	@Test
	void nestedListLoadedInBatches() {
		checkTwoPages(after -> "{ region(code: \"36\") { enterprises(filter: {chain: \"jx-nonferrous\"}, first: 2" + after
				+ ") { " + PAGE + " } } }", "region", "enterprises");
	}

	@Test
	void supplementTargets() {
		checkTwoPages(after -> "{ supplementTargets(chain: \"jx-nonferrous\", region: \"3607\", first: 2" + after
				+ ") { totalCount nodes { enterprise { key } } edges { cursor node { enterprise { key } } } "
				+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }", "supplementTargets");
	}

	@Test
	void anEmptyPageHasNoCursors() {
		// 西藏: a province the demo data names no firm in
		var page = page(new GraphQlClient(this.http).data("{ enterprises(filter: {region: \"54\"}, first: 5) { " + PAGE + " } }"),
				"enterprises");
		assertThat(page).containsEntry("totalCount", 0).containsEntry("nodes", List.of()).containsEntry("edges", List.of());
		assertThat(info(page)).containsEntry("startCursor", null).containsEntry("endCursor", null)
			.containsEntry("hasNextPage", false).containsEntry("hasPreviousPage", false);
	}

	private void checkTwoPages(java.util.function.Function<String, String> query, String... path) {
		var client = new GraphQlClient(this.http);
		var first = page(client.data(query.apply("")), path);
		assertThat(info(first)).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
		assertThat(keys(first, "nodes")).isEqualTo(keys(first, "edges")).isNotEmpty();
		assertThat(info(first).get("startCursor")).isEqualTo(cursors(first).getFirst());
		assertThat(info(first).get("endCursor")).isEqualTo(cursors(first).getLast());

		var second = page(client.data(query.apply(", after: \"" + info(first).get("endCursor") + "\"")), path);
		assertThat(info(second)).containsEntry("hasPreviousPage", true);
		assertThat(keys(second, "nodes")).isEqualTo(keys(second, "edges")).isNotEmpty()
			.doesNotContainAnyElementsOf(keys(first, "nodes"));
		assertThat(info(second).get("startCursor")).isEqualTo(cursors(second).getFirst());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> page(Map<String, Object> data, String... path) {
		Object at = data;
		for (var step : path) {
			at = ((Map<String, Object>) at).get(step);
		}
		return (Map<String, Object>) at;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> info(Map<String, Object> page) {
		return (Map<String, Object>) page.get("pageInfo");
	}

	@SuppressWarnings("unchecked")
	private static List<String> cursors(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("edges")).stream().map(e -> (String) e.get("cursor")).toList();
	}

	/** The keys of a page's items, read from {@code nodes} or from {@code edges { node }}. */
	@SuppressWarnings("unchecked")
	private static List<String> keys(Map<String, Object> page, String field) {
		return ((List<Map<String, Object>>) page.get(field)).stream()
			.map(item -> field.equals("edges") ? (Map<String, Object>) item.get("node") : item)
			.map(node -> node.containsKey("enterprise") ? (Map<String, Object>) node.get("enterprise") : node)
			.map(node -> (String) node.get("key"))
			.toList();
	}

}
