package io.chaingraph.api.graphiql;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL's page, its files from this service alone, and every example operation answered on the demo data. */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class GraphiQlTest {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@Autowired
	TestRestTemplate http;

	@Test
	void thePageLoadsEveryFileFromThisServiceNotACdn() {
		var page = this.http.getForEntity("/graphiql", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		var assets = ASSET.matcher(page.getBody()).results().map(m -> m.group(1)).toList();
		assertThat(assets).hasSize(4).allSatisfy(a -> assertThat(a).startsWith("/webjars/"));
		assertThat(page.getBody()).doesNotContain("https://", "http://");
		for (var asset : assets) {
			var file = this.http.getForEntity(asset, byte[].class);
			assertThat(file.getStatusCode()).as(asset).isEqualTo(HttpStatus.OK);
			assertThat(file.getBody()).as(asset).hasSizeGreaterThan(10_000);
		}
	}

	/**
	 * On a phone (375 px wide) the answer sat in a column 45 px wide beside the editor: below 40rem it goes under it.
	 * A failed load of the examples or of GraphiQL's files left "正在加载" on the page for good: it says so instead.
	 */
	@Test
	void onAPhoneTheAnswerIsUnderTheEditorAndAFailedLoadIsSaid() {
		var page = this.http.getForObject("/graphiql", String.class).replaceAll("\\s+", " ");
		assertThat(page).contains("@media (max-width: 40rem) { .graphiql-container .graphiql-session { flex-direction: column; }");
		assertThat(page).containsPattern("\\.catch\\(function \\(error\\) \\{[^}]*'GraphiQL 加载失败");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theExamplesAreServedInFileOrder() {
		var served = this.http.getForObject("/graphiql/examples", Map.class);
		var examples = (List<Map<String, Object>>) served.get("examples");
		assertThat(examples).extracting(e -> e.get("name")).startsWith("01-chains", "02-chain-map").isSorted();
		assertThat(examples).extracting(e -> e.get("name"))
			.contains("03-segment", "04-enterprise", "06-region", "07-cluster", "08-product", "09-industry",
					"10-upstream", "11-downstream", "12-search", "13-node", "15-chain-gaps", "16-supplement-targets",
					"17-regional-overlap", "18-compare-regions", "19-chain-gap-overview", "20-audit-trail", "21-data-sets",
					"22-supply-paths");
		assertThat((String) served.get("version")).hasSize(12);
	}

	/** Every example runs without errors, and answers something unless its file says the demo data has nothing. */
	@Test
	@SuppressWarnings("unchecked")
	void everyExampleAnswersOnTheDemoData() {
		var examples = GraphiQlController.load().examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(22);
		for (var example : examples) {
			var body = this.http.postForObject("/graphql", Map.of("query", example.query()), Map.class);
			assertThat(body.get("errors")).as("errors of %s", example.name()).isNull();
			var data = (Map<String, Object>) body.get("data");
			assertThat(data).as(example.name()).isNotEmpty();
			if (!example.query().contains("# expect: null on the demo data")) {
				assertThat(data.values()).as("answer of %s", example.name()).doesNotContainNull();
			}
		}
	}

	/** GraphiQL reads the schema with the standard introspection query, deeper than data requests may go. */
	@Test
	@SuppressWarnings("unchecked")
	void theIntrospectionQueryPassesTheLimitsAndBadFaithIntrospectionDoesNot() {
		var body = this.http.postForObject("/graphql", Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY), Map.class);
		assertThat(body.get("errors")).isNull();
		assertThat((Map<String, Object>) ((Map<String, Object>) body.get("data")).get("__schema")).containsKey("types");
		var abusive = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
		var refused = this.http.postForObject("/graphql", Map.of("query", abusive), Map.class);
		assertThat((List<Object>) refused.get("errors")).isNotEmpty();
		assertThat(refused.get("data")).isNull();
	}

}
