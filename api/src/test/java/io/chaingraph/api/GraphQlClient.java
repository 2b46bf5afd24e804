package io.chaingraph.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts GraphQL requests in tests and hands back data or the first error. */
public record GraphQlClient(TestRestTemplate http) {

	/** The EDITOR token of the test configuration ({@code config/application.yaml}). */
	public static final String EDITOR = "curation-test-editor-token";

	@SuppressWarnings("unchecked")
	public Map<String, Object> data(String query) {
		var body = this.http.postForObject("/graphql", Map.of("query", query), Map.class);
		assertThat(body.get("errors")).as("errors of %s", query).isNull();
		return (Map<String, Object>) body.get("data");
	}

	/** The data of a request sent with {@code Authorization: Bearer token} (a mutation), asserting it has no errors. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> data(String query, String token) {
		var body = answer(query, token);
		assertThat(body.get("errors")).as("errors of %s", query).isNull();
		return (Map<String, Object>) body.get("data");
	}

	/** The whole answer, data and errors, to a request sent with {@code Authorization: Bearer token} (null: none). */
	@SuppressWarnings("unchecked")
	public Map<String, Object> answer(String query, String token) {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			headers.setBearerAuth(token);
		}
		return this.http.postForObject("/graphql", new HttpEntity<>(Map.of("query", query), headers), Map.class);
	}

	public Map<String, Object> error(String query) {
		return error(query, Map.of());
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> error(String query, Map<String, Object> variables) {
		var body = this.http.postForObject("/graphql", Map.of("query", query, "variables", variables), Map.class);
		var errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).as("errors of %s", query).isNotEmpty();
		return errors.getFirst();
	}

	/** The keys of every chain, in key order (one page: the demo data has 24). */
	@SuppressWarnings("unchecked")
	public List<String> chainKeys() {
		var chains = (Map<String, Object>) data("{ chains(first: 100) { totalCount edges { node { key } } } }").get("chains");
		var keys = ((List<Map<String, Object>>) chains.get("edges")).stream()
			.map(e -> (String) ((Map<String, Object>) e.get("node")).get("key"))
			.toList();
		assertThat(keys).hasSize((Integer) chains.get("totalCount"));
		return keys;
	}

	@SuppressWarnings("unchecked")
	public static String code(Map<String, Object> error) {
		return (String) ((Map<String, Object>) error.get("extensions")).get("code");
	}

}
