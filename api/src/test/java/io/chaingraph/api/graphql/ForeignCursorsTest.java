package io.chaingraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * A cursor belongs to the list it came from: given to another list, or to the same list asked with other arguments,
 * it is BAD_INPUT saying so, on the field that was given it, rather than a page from nowhere; given back to its own
 * list it pages on.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class ForeignCursorsTest {

	@Autowired
	TestRestTemplate http;

	GraphQlClient client;

	private GraphQlClient client() {
		if (this.client == null) {
			this.client = new GraphQlClient(this.http);
		}
		return this.client;
	}

	/** The endCursor of the page a query answers at {@code path}. */
	@SuppressWarnings("unchecked")
	private String endCursor(String query, String... path) {
		Object at = client().data(query);
		for (var step : path) {
			at = ((Map<String, Object>) at).get(step);
		}
		var cursor = (String) ((Map<String, Object>) ((Map<String, Object>) at).get("pageInfo")).get("endCursor");
		assertThat(cursor).as("a next page of %s", query).isNotNull();
		return cursor;
	}

	private String chainsCursor() {
		return endCursor("{ chains(filter: {region: \"36\"}, first: 3) { pageInfo { endCursor } } }", "chains");
	}

	private String targetsCursor(String region) {
		return endCursor("{ supplementTargets(chain: \"jx-nonferrous\", region: \"%s\", first: 2) { pageInfo { endCursor } } }"
			.formatted(region), "supplementTargets");
	}

	/** The error a query gets, after checking that it is BAD_INPUT on the path given, saying what to do. */
	@SuppressWarnings("unchecked")
	private String refused(String query, List<Object> path) {
		var error = client().error(query);
		assertThat(GraphQlClient.code(error)).as(query).isEqualTo("BAD_INPUT");
		assertThat(error.get("path")).as(query).isEqualTo(path);
		var message = (String) error.get("message");
		assertThat(message).contains("leave out after", "去掉 after 从第一页开始");
		return message;
	}

	@Test
	void aChainsCursorIsRefusedByTheFirmLists() {
		var cursor = chainsCursor();
		assertThat(refused("{ region(code: \"36\") { enterprises(first: 2, after: \"%s\") { totalCount } } }".formatted(cursor),
				List.of("region", "enterprises")))
			.contains("this cursor belongs to another list (chains), not to Region.enterprises", "该游标不属于此列表");
		assertThat(refused("{ enterprises(first: 2, after: \"%s\") { totalCount } }".formatted(cursor), List.of("enterprises")))
			.contains("another list (chains), not to enterprises");
		assertThat(refused("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(after: \"%s\") { totalCount } } }"
			.formatted(cursor), List.of("segment", "enterprises"))).contains("not to Segment.enterprises");
	}

	@Test
	void aTargetsCursorIsRefusedByOtherListsAndForAnotherRegion() {
		var jiangxi = targetsCursor("36");
		assertThat(refused("{ enterprises(after: \"%s\") { totalCount } }".formatted(jiangxi), List.of("enterprises")))
			.contains("another list (supplementTargets)");
		assertThat(refused("{ auditTrail(after: \"%s\") { totalCount } }".formatted(jiangxi), List.of("auditTrail")))
			.contains("another list (supplementTargets), not to auditTrail");
		// 江苏's targets of the same chain: the same list asked for another region.
		assertThat(refused("{ supplementTargets(chain: \"jx-nonferrous\", region: \"32\", after: \"%s\") { totalCount } }"
			.formatted(jiangxi), List.of("supplementTargets")))
			.contains("this cursor belongs to supplementTargets asked with other chain, region, weakBelow, filter", "参数不同");
		assertThat(refused("""
				{ supplementTargets(chain: "jx-nonferrous", region: "36", weakBelow: 4, after: "%s") { totalCount } }"""
			.formatted(jiangxi), List.of("supplementTargets"))).contains("asked with other");
		// The same region by name is the same list: the next page, as by code.
		var next = "{ supplementTargets(chain: \"%s\", region: \"%s\", first: 2, after: \"%s\") { nodes { enterprise { key } } } }";
		var byCode = client().data(next.formatted("jx-nonferrous", "36", jiangxi));
		assertThat(client().data(next.formatted("有色金属", "江西", jiangxi))).isEqualTo(byCode);
		assertThat(byCode.toString()).contains("key=");
	}

	@Test
	void aFirmListsCursorIsRefusedInAnotherOrderOrFilter() {
		var byName = endCursor("{ enterprises(filter: {region: \"36\"}, first: 3) { pageInfo { endCursor } } }", "enterprises");
		refused("{ enterprises(filter: {region: \"36\"}, orderBy: KEY, first: 3, after: \"%s\") { totalCount } }".formatted(byName),
				List.of("enterprises"));
		assertThat(refused("{ enterprises(filter: {region: \"32\"}, first: 3, after: \"%s\") { totalCount } }".formatted(byName),
				List.of("enterprises"))).contains("enterprises asked with other filter, orderBy");
		// Given back to its own list, the cursor pages on.
		assertThat(client().data("{ enterprises(filter: {region: \"36\"}, first: 3, after: \"%s\") { totalCount } }"
			.formatted(byName)).toString()).contains("totalCount=");
		// A region's firms and a segment's are other lists than the top-level one, whatever their arguments.
		refused("{ region(code: \"36\") { enterprises(first: 3, after: \"%s\") { totalCount } } }".formatted(byName),
				List.of("region", "enterprises"));
	}

	@Test
	void customersAndSuppliersAreTwoLists() {
		var customers = endCursor("{ enterprise(key: \"demo-yt-copperrod-01\") { customers(first: 1) { pageInfo { endCursor } } } }",
				"enterprise", "customers");
		// Through the profile statement (the request selects the enterprise's parts) and through the field's own loader.
		refused("{ enterprise(key: \"demo-yt-copperrod-01\") { name region { name } suppliers(first: 1, after: \"%s\") { totalCount } } }"
			.formatted(customers), List.of("enterprise", "suppliers"));
		refused("{ chain(key: \"jx-nonferrous\") { chainLeaders { enterprise { suppliers(after: \"%s\") { totalCount } } } } }"
			.formatted(customers), List.of("chain", "chainLeaders", 0, "enterprise", "suppliers"));
	}

	@Test
	void anOverlapsListsAreEachTheirOwnForTheRegionsCompared() {
		var segments = endCursor("{ regionalOverlap(regions: [\"36\", \"32\"]) { segments(first: 3) { pageInfo { endCursor } } } }",
				"regionalOverlap", "segments");
		assertThat(refused("{ regionalOverlap(regions: [\"36\", \"32\"]) { chains(after: \"%s\") { totalCount } } }"
			.formatted(segments), List.of("regionalOverlap", "chains")))
			.contains("another list (RegionalOverlap.segments), not to RegionalOverlap.chains");
		assertThat(refused("{ regionalOverlap(regions: [\"36\", \"44\"]) { segments(after: \"%s\") { totalCount } } }"
			.formatted(segments), List.of("regionalOverlap", "segments"))).contains("asked with other regions");
		assertThat(client().data("{ regionalOverlap(regions: [\"36\", \"32\"]) { segments(first: 3, after: \"%s\") { totalCount } } }"
			.formatted(segments)).toString()).contains("totalCount=");
	}

	@Test
	void aCursorOfAnEarlierVersionIsReadAsItWas() {
		// Before lists were named a cursor was "k:" and the sort key: read as it was, so paging across an upgrade goes on.
		var old = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("k:jx-building-materials".getBytes(StandardCharsets.UTF_8));
		var next = "{ chains(filter: {region: \"36\"}, first: 3, after: \"%s\") { nodes { key } } }";
		assertThat(client().data(next.formatted(old))).isEqualTo(client().data(next.formatted(chainsCursor())));
	}

}
