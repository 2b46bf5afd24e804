package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ChainGraphApi;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** When Neo4j goes away, GraphQL says UNAVAILABLE in words and health says DOWN: no stack trace anywhere. */
class Neo4jUnavailableTest {

	@Test
	@SuppressWarnings("unchecked")
	void aMissingNeo4jGivesUnavailableAndHealthDown() {
		var neo4j = TestNeo4j.startSeparate();
		// The shipped timeouts, not shorter ones: with the driver's own a question waited 55-60 s for its answer.
		try (var context = SpringApplication.run(ChainGraphApi.class, "--server.port=0",
				"--spring.neo4j.uri=" + neo4j.boltURI())) {
			var port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var http = new TestRestTemplate();
			var base = "http://localhost:" + port;
			assertThat(http.postForObject(base + "/graphql", Map.of("query", "{ about { schemaLevel } }"), Map.class))
				.containsKey("data");

			neo4j.close();

			var body = http.postForObject(base + "/graphql", Map.of("query", "{ about { schemaLevel } }"), Map.class);
			var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNAVAILABLE");
			assertThat((String) error.get("message")).contains("图数据库暂时不可用").doesNotContain("Exception");
			// A question of the graph itself goes through the reads' retries (ReadRetry) before it is told the same.
			body = http.postForObject(base + "/graphql", Map.of("query", "{ region(code: \"36\") { name } }"), Map.class);
			error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNAVAILABLE");
			assertThat((String) error.get("message")).contains("图数据库暂时不可用").doesNotContain("Exception");
			var health = http.getForEntity(base + "/actuator/health", String.class);
			assertThat(health.getStatusCode().value()).isEqualTo(503);
			assertThat(health.getBody()).contains("\"DOWN\"").doesNotContain("at org.");
		}
		finally {
			neo4j.close();
		}
	}

}
