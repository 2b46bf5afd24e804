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

}
