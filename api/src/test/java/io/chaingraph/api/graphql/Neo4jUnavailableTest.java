package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ChainGraphApi;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Neo4j goes away, GraphQL says UNAVAILABLE in words and health says DOWN: no stack trace anywhere, the log
 * included (each health probe logged one of 60 lines, each mutation three of 170).
 */
@ExtendWith(OutputCaptureExtension.class)
class Neo4jUnavailableTest {

	private static final String TOKEN = "unavailable-test-token-0123456789";

	@Test
	@SuppressWarnings("unchecked")
	void aMissingNeo4jGivesUnavailableAndHealthDown(CapturedOutput output) {
		var neo4j = TestNeo4j.startSeparate();
		// The shipped timeouts, not shorter ones: with the driver's own a question waited 55-60 s for its answer.
		try (var context = SpringApplication.run(ChainGraphApi.class, "--server.port=0",
				"--spring.neo4j.uri=" + neo4j.boltURI(), "--chaingraph.security.tokens[0].name=test-editor",
				"--chaingraph.security.tokens[0].token=" + TOKEN)) {
			var port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var http = new TestRestTemplate();
			var base = "http://localhost:" + port;
			assertThat(http.postForObject(base + "/graphql", Map.of("query", "{ about { schemaLevel } }"), Map.class))
				.containsKey("data");

			neo4j.close();
			int logged = output.length();

			var body = http.postForObject(base + "/graphql", Map.of("query", "{ about { schemaLevel } }"), Map.class);
			var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNAVAILABLE");
			assertThat((String) error.get("message")).contains("图数据库暂时不可用").doesNotContain("Exception");
			// A question of the graph itself goes through the reads' retries (ReadRetry) before it is told the same.
			body = http.postForObject(base + "/graphql", Map.of("query", "{ region(code: \"36\") { name } }"), Map.class);
			error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNAVAILABLE");
			assertThat((String) error.get("message")).contains("图数据库暂时不可用").doesNotContain("Exception");
			// The home page reads the chains and regions its forms offer: a browser opening it is told the same, in a page.
			var browser = new HttpHeaders();
			browser.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			var home = http.exchange(base + "/", org.springframework.http.HttpMethod.GET, new HttpEntity<>(browser),
					String.class);
			assertThat(home.getStatusCode().value()).isEqualTo(503);
			assertThat(home.getBody()).contains("<title>暂时无法完成 · ChainGraph</title>", "图数据库暂时不可用", "UNAVAILABLE")
				.doesNotContain("INTERNAL", "Exception");
			var health = http.getForEntity(base + "/actuator/health", String.class);
			assertThat(health.getStatusCode().value()).isEqualTo(503);
			assertThat(health.getBody()).contains("\"DOWN\"").doesNotContain("at org.");
			// A mutation goes through the driver's retries.
			var headers = new HttpHeaders();
			headers.setBearerAuth(TOKEN);
			body = http.postForObject(base + "/graphql", new HttpEntity<>(Map.of("query", "mutation { tagEnterprise(input: "
					+ "{enterprise: \"600362-sh\", add: [\"瞪羚\"], source: \"illustrative\"}) { changed } }"), headers), Map.class);
			error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNAVAILABLE");
			var log = output.toString().substring(logged);
			assertThat(log).as("logged while Neo4j was away").contains("Neo4j unavailable for /tagEnterprise")
				.doesNotContain("\tat org.", "\tat io.");
		}
		finally {
			neo4j.close();
		}
	}

}
