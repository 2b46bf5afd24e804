package io.chaingraph.api.gap;

import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;

/**
 * Runs each gap and 补链 query once before a test class asserts on them. The first plan of a large statement in a cold
 * test JVM, on a build machine shared with other builds, can take longer than the 5-second transaction timeout; the
 * plan is cached even when that first run times out, so the tests then measure answers, not the planner's warm-up.
 */
public final class GapQueriesWarmUp {

	private static volatile boolean done;

	private GapQueriesWarmUp() {
	}

	public static synchronized void once(TestRestTemplate http) {
		if (done) {
			return;
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			var gaps = http.postForObject("/graphql", Map.of("query", """
					{ chainGaps(chain: "jx-nonferrous", region: "3606") { segments { firms nearestRegions { firms } } } }"""),
					Map.class);
			var targets = http.postForObject("/graphql", Map.of("query", """
					{ supplementTargets(chain: "jx-nonferrous", region: "3606", first: 5) { totalCount } }"""), Map.class);
			if (gaps.get("errors") == null && targets.get("errors") == null) {
				break;
			}
		}
		done = true;
	}

	/**
	 * The data of a request, asking again (up to three times) when it failed only because the transaction timed out:
	 * on a build machine shared with other builds a statement can miss the 5-second timeout once; a wrong answer or
	 * any other error still fails the test.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> data(TestRestTemplate http, String query) {
		Map<String, Object> body = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			body = http.postForObject("/graphql", Map.of("query", query), Map.class);
			if (!timedOut(body)) {
				break;
			}
		}
		org.assertj.core.api.Assertions.assertThat(body.get("errors")).as("errors of %s", query).isNull();
		return (Map<String, Object>) body.get("data");
	}

	/** How many statements one successful run of the request sent (a run that timed out is run again). */
	@SuppressWarnings("unchecked")
	public static long statementsOf(TestRestTemplate http, io.chaingraph.api.graphql.GraphReads reads, String query) {
		for (int attempt = 0; attempt < 3; attempt++) {
			long before = reads.statementsRun();
			Map<String, Object> body = http.postForObject("/graphql", Map.of("query", query), Map.class);
			if (!timedOut(body)) {
				org.assertj.core.api.Assertions.assertThat(body.get("errors")).as("errors of %s", query).isNull();
				return reads.statementsRun() - before;
			}
		}
		throw new AssertionError("timed out three times: " + query);
	}

	@SuppressWarnings("unchecked")
	private static boolean timedOut(Map<String, Object> body) {
		var errors = (java.util.List<Map<String, Object>>) body.get("errors");
		return errors != null && errors.stream()
			.map(e -> (Map<String, Object>) e.get("extensions"))
			.anyMatch(x -> x != null && "transaction timeout".equals(x.get("limit")));
	}

}
