package io.chaingraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain map and the enterprise profile in one statement give exactly the answer of the batch loaders, field by
 * field and in the same order, for every chain of the demo data, every firm with suppliers, customers or
 * designations and a seventh of the others, in several selections.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class PrefetchTest {

	/** What the API benchmark asks (./chaingraph bench api). */
	private static final String BENCH_CHAIN_MAP = """
			{ chain(key: "%s") { name policies { region { name } tier } segments { key name position parent { key } }
			  supplyLinks { from { key } to { key } } chainLeaders { enterprise { name } } } }""";

	/** The README's chain map: root segments with their children (not prefetched: the batch loader answers). */
	private static final String README_CHAIN_MAP = """
			{ chain(key: "%s") { name policies { region { name } program tier }
			  rootSegments { name position children { name } } chainLeaders { label enterprise { name } region { name } } } }""";

	/** Every field of every prefetched part, one level deeper than prefetched (those come from batch loaders). */
	private static final String WHOLE_CHAIN_MAP = """
			{ chain(id: "%s") { id key name aliases description source { reference quote illustrative }
			  segments { id key name aliases position kind source { reference illustrative }
			             parent { key name parent { key } } chain { key name } supplies { key } suppliedBy { key } }
			  rootSegments { key chain { key } }
			  supplyLinks { source { reference quote illustrative } from { key name position parent { key } chain { key } }
			                to { key name kind chain { name } } }
			  policies { program tier chief source { reference } region { code name fullName level parent { code name } } }
			  chainLeaders { id kind label by year source { reference } enterprise { key name tags region { code } }
			                 region { code fullName } chain { key } }
			  clusters { name } } }""";

	/** Supply links without the segments: every end comes whole from the statement. */
	private static final String LINKS_ONLY = """
			{ chain(key: "%s") { supplyLinks { source { reference } from { key name position } to { key name kind } } } }""";

	private static final String ALIASED = """
			{ chain(key: "%s") { a: segments { key } b: rootSegments { name } links: supplyLinks { to { name } } } }""";

	/** What the API benchmark asks. */
	private static final String BENCH_PROFILE = """
			{ enterprise(key: "%s") { name tags region { fullName } segments { name chain { name } }
			  designations { label } customers { totalCount edges { node { name } } }
			  suppliers { totalCount edges { node { name } } } } }""";

	private static final String WHOLE_PROFILE = """
			{ enterprise(id: "%s") { id key name aliases creditCode stockCode tags source { reference quote illustrative }
			  region { code name fullName level parent { code } }
			  segments { key name position kind parent { key } chain { key name policies { tier } } }
			  designations { id kind label by year enterprise { key name } chain { key name } region { code name parent { code } } }
			  customers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key name region { name } } } }
			  suppliers { totalCount edges { node { key name tags region { code } } } } } }""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	Prefetch prefetch;

	@Autowired
	GraphReads reads;

	@AfterEach
	void prefetchBackOn() {
		this.prefetch.enable(true);
	}

	/** The request's data with and without prefetching, and the statements each ran. */
	private record Both(Map<String, Object> prefetched, long prefetchedStatements, Map<String, Object> batched,
			long batchedStatements) {
	}

	private Both both(String query) {
		var client = new GraphQlClient(this.http);
		this.prefetch.enable(true);
		long before = this.reads.statementsRun();
		var prefetched = client.data(query);
		long prefetchedStatements = this.reads.statementsRun() - before;
		this.prefetch.enable(false);
		before = this.reads.statementsRun();
		var batched = client.data(query);
		long batchedStatements = this.reads.statementsRun() - before;
		this.prefetch.enable(true);
		return new Both(prefetched, prefetchedStatements, batched, batchedStatements);
	}

	@SuppressWarnings("unchecked")
	private List<String> allEnterpriseKeys() {
		var client = new GraphQlClient(this.http);
		var keys = new ArrayList<String>();
		String after = null;
		do {
			var page = (Map<String, Object>) client.data("{ enterprises(orderBy: KEY, first: 100%s) { pageInfo { hasNextPage endCursor } edges { node { key } } } }"
				.formatted(after == null ? "" : ", after: \"" + after + "\"")).get("enterprises");
			((List<Map<String, Object>>) page.get("edges")).forEach(e -> keys.add((String) ((Map<String, Object>) e.get("node")).get("key")));
			var info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		return keys;
	}

	private static java.util.Set<String> linkedFirms() {
		try (var session = TestNeo4j.driver().session()) {
			return new java.util.HashSet<>(session
				.run("MATCH (e:Enterprise) WHERE EXISTS { (e)-[:SUPPLIES_TO]-() } OR EXISTS { (e)-[:HOLDS]->() } RETURN e.id AS id")
				.list(r -> r.get("id").asString()));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyChainMapIsTheSameWithOneStatementAsWithTheBatchLoaders() {
		var chains = new GraphQlClient(this.http).chainKeys();
		assertThat(chains).hasSize(24);
		int withLinks = 0;
		int withLeaders = 0;
		for (var key : chains) {
			var bench = both(BENCH_CHAIN_MAP.formatted(key));
			assertThat(bench.prefetched()).as("chain map of %s", key).isEqualTo(bench.batched());
			// One statement instead of one per level and field (chain, 4 lists, then parents, ends, regions, firms).
			assertThat(bench.prefetchedStatements()).as("statements, prefetched").isEqualTo(1);
			assertThat(bench.batchedStatements()).as("statements, batch loaders").isGreaterThanOrEqualTo(6);
			var chain = (Map<String, Object>) bench.prefetched().get("chain");
			assertThat((List<Object>) chain.get("segments")).isNotEmpty();
			withLinks += ((List<Object>) chain.get("supplyLinks")).isEmpty() ? 0 : 1;
			withLeaders += ((List<Object>) chain.get("chainLeaders")).isEmpty() ? 0 : 1;

			var readme = both(README_CHAIN_MAP.formatted(key));
			assertThat(readme.prefetched()).as("README chain map of %s", key).isEqualTo(readme.batched());
			// children are not prefetched: their batch loader runs, once.
			assertThat(readme.prefetchedStatements()).isEqualTo(2);

			var whole = both(WHOLE_CHAIN_MAP.formatted(GlobalId.of("Chain", key)));
			assertThat(whole.prefetched()).as("whole chain map of %s", key).isEqualTo(whole.batched());
			assertThat(whole.prefetchedStatements()).isLessThan(whole.batchedStatements());

			var links = both(LINKS_ONLY.formatted(key));
			assertThat(links.prefetched()).as("supply links of %s", key).isEqualTo(links.batched());
			assertThat(links.prefetchedStatements()).isEqualTo(1);

			var aliased = both(ALIASED.formatted(key));
			assertThat(aliased.prefetched()).as("aliased chain map of %s", key).isEqualTo(aliased.batched());
			assertThat(aliased.prefetchedStatements()).isEqualTo(1);
		}
		// The comparison means something: the demo chains have links and leaders to compare, and links to segments
		// of other chains (which the statement returns whole, where it leaves out the chain's own).
		assertThat(withLinks).isGreaterThan(10);
		assertThat(withLeaders).isGreaterThan(5);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (c:Chain)<-[:IN_CHAIN]-(:Segment)-[:SUPPLIES]-(o:Segment) "
					+ "WHERE NOT (o)-[:IN_CHAIN]->(c) RETURN count(*) AS n").single().get("n").asInt()).isPositive();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void enterpriseProfilesAreTheSameWithOneStatementAsWithTheBatchLoaders() {
		// Every firm with suppliers, customers or designations, and every seventh of the others.
		var all = allEnterpriseKeys();
		assertThat(all).hasSize(462);
		var linked = linkedFirms();
		var firms = new ArrayList<String>();
		for (int i = 0; i < all.size(); i++) {
			if (linked.contains(all.get(i)) || i % 7 == 0) {
				firms.add(all.get(i));
			}
		}
		int withPartners = 0;
		int withDesignations = 0;
		for (var key : firms) {
			var bench = both(BENCH_PROFILE.formatted(key));
			assertThat(bench.prefetched()).as("profile of %s", key).isEqualTo(bench.batched());
			assertThat(bench.prefetchedStatements()).as("statements, prefetched").isEqualTo(1);
			assertThat(bench.batchedStatements()).as("statements, batch loaders").isGreaterThanOrEqualTo(5);
			var firm = (Map<String, Object>) bench.prefetched().get("enterprise");
			withPartners += (int) ((Map<String, Object>) firm.get("customers")).get("totalCount")
					+ (int) ((Map<String, Object>) firm.get("suppliers")).get("totalCount") > 0 ? 1 : 0;
			withDesignations += ((List<Object>) firm.get("designations")).isEmpty() ? 0 : 1;
		}
		assertThat(withPartners).isGreaterThan(5);
		assertThat(withDesignations).isGreaterThan(5);
		for (var key : firms.subList(0, 30)) {
			var whole = both(WHOLE_PROFILE.formatted(GlobalId.of("Enterprise", key)));
			assertThat(whole.prefetched()).as("whole profile of %s", key).isEqualTo(whole.batched());
			assertThat(whole.prefetchedStatements()).isLessThan(whole.batchedStatements());
		}
	}

	/**
	 * Each page of a firm's customers or suppliers, one after the other; every page is asked prefetched and through
	 * the loader, with the same answer, and counts every partner.
	 */
	@SuppressWarnings("unchecked")
	private List<String> pagedPartners(String firm, String field, int total) {
		var keys = new ArrayList<String>();
		String after = null;
		do {
			var query = "{ enterprise(key: \"%s\") { name %s(first: 1%s) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } } }"
				.formatted(firm, field, after == null ? "" : ", after: \"" + after + "\"");
			var page = both(query);
			assertThat(page.prefetched()).isEqualTo(page.batched());
			assertThat(page.prefetchedStatements()).as("statements for a page of %s, prefetched", field).isEqualTo(1);
			assertThat(page.batchedStatements()).as("statements for a page of %s, batched", field).isEqualTo(2);
			var connection = (Map<String, Object>) ((Map<String, Object>) page.prefetched().get("enterprise")).get(field);
			((List<Map<String, Object>>) connection.get("edges"))
				.forEach(e -> keys.add((String) ((Map<String, Object>) e.get("node")).get("key")));
			var info = (Map<String, Object>) connection.get("pageInfo");
			assertThat(connection.get("totalCount")).isEqualTo(total);
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		return keys;
	}

	private static List<String> partners(String firm, String field) {
		var pattern = field.equals("customers") ? "(:Enterprise {id: $key})-[:SUPPLIES_TO]->(o:Enterprise)"
				: "(:Enterprise {id: $key})<-[:SUPPLIES_TO]-(o:Enterprise)";
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH " + pattern + " RETURN DISTINCT o.id AS id ORDER BY id", Map.of("key", firm))
				.list(r -> r.get("id").asString());
		}
	}

	@Test
	void customersAndSuppliersArePagedInKeyOrderTheSameEitherWay() {
		String busiest;
		try (var session = TestNeo4j.driver().session()) {
			busiest = session.run("""
					MATCH (e:Enterprise)-[:SUPPLIES_TO]-(:Enterprise)
					RETURN e.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1""").single().get("id").asString();
		}
		for (var field : List.of("customers", "suppliers")) {
			var expected = partners(busiest, field);
			assertThat(pagedPartners(busiest, field, expected.size())).isEqualTo(expected);
		}
		assertThat(partners(busiest, "customers").size() + partners(busiest, "suppliers").size())
			.as("a firm with pages to turn").isGreaterThanOrEqualTo(3);
		// Two pages of the same field in one request: the loader answers both, in one statement.
		var aliased = both("""
				{ enterprise(key: "%s") { a: customers(first: 1) { edges { node { key } } } b: customers { totalCount } } }"""
			.formatted(busiest));
		assertThat(aliased.prefetched()).isEqualTo(aliased.batched());
		assertThat(aliased.prefetchedStatements()).isEqualTo(3);
	}

	@Test
	void aBadPageOfCustomersIsReportedOnTheField() {
		var client = new GraphQlClient(this.http);
		var tooMany = client.error("{ enterprise(key: \"600362-sh\") { customers(first: 101) { totalCount } } }");
		assertThat(GraphQlClient.code(tooMany)).isIn("BAD_INPUT", "LIMIT_EXCEEDED");
		assertThat((String) tooMany.get("message")).contains("100");
		var badCursor = client.error("{ enterprise(key: \"600362-sh\") { suppliers(after: \"not-a-cursor\") { totalCount } } }");
		assertThat(GraphQlClient.code(badCursor)).isEqualTo("BAD_INPUT");
		assertThat(badCursor.get("path")).isEqualTo(List.of("enterprise", "suppliers"));
	}

	@Test
	void whatIsMissingIsMissingEitherWay() {
		var chain = both(BENCH_CHAIN_MAP.formatted("no-such-chain"));
		assertThat(chain.prefetched()).isEqualTo(chain.batched()).containsEntry("chain", null);
		var firm = both(BENCH_PROFILE.formatted("no-such-firm"));
		assertThat(firm.prefetched()).isEqualTo(firm.batched()).containsEntry("enterprise", null);
	}

	@Test
	void aRequestWithoutNestedListsRunsOneStatementEitherWay() {
		var plain = both("{ chain(key: \"jx-nonferrous\") { name } enterprise(key: \"600362-sh\") { name } }");
		assertThat(plain.prefetched()).isEqualTo(plain.batched());
		assertThat(plain.prefetchedStatements()).isEqualTo(2);
		assertThat(plain.batchedStatements()).isEqualTo(2);
	}

}
