package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DocumentCacheTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	DocumentCache cache;

	@BeforeEach
	void demo() {
		DemoGraph.ensureLoaded();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRepeatedRequestIsAnsweredFromTheParsedDocumentWithTheSameAnswer() {
		var query = "query DocumentCacheTest($code: String) { region(code: $code) { code } }";
		long before = this.cache.hits();
		var first = this.http.postForObject("/graphql", Map.of("query", query, "variables", Map.of("code", "36")), Map.class);
		var second = this.http.postForObject("/graphql", Map.of("query", query, "variables", Map.of("code", "36")), Map.class);
		var other = this.http.postForObject("/graphql", Map.of("query", query, "variables", Map.of("code", "32")), Map.class);

		assertThat(this.cache.hits() - before).isEqualTo(2);
		assertThat(second).isEqualTo(first);
		assertThat(((Map<String, Map<String, Object>>) first.get("data")).get("region")).containsEntry("code", "36");
		assertThat(((Map<String, Map<String, Object>>) other.get("data")).get("region")).containsEntry("code", "32");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anInvalidDocumentIsNotKeptAndFailsEveryTime() {
		var query = "{ region(code: \"36\") { noSuchFieldForDocumentCacheTest } }";
		long before = this.cache.hits();
		for (int i = 0; i < 2; i++) {
			var body = this.http.postForObject("/graphql", Map.of("query", query), Map.class);
			var errors = (List<Map<String, Object>>) body.get("errors");
			assertThat(errors).isNotEmpty();
			assertThat((String) errors.getFirst().get("message")).contains("noSuchFieldForDocumentCacheTest");
		}
		assertThat(this.cache.hits()).isEqualTo(before);
	}

}
