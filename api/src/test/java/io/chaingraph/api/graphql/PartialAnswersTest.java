package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused question or change is null with its error, and the rest of the request answers: with non-null root
 * fields, one unknown chain among several aliases made the whole {@code data} null, and a refused mutation hid the
 * ones saved before it, so an admin screen told its user nothing was saved when something was.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class PartialAnswersTest {

	@Autowired
	TestRestTemplate http;

	@Test
	@SuppressWarnings("unchecked")
	void aRefusedQuestionIsNullAndTheOthersAnswer() {
		var body = post("""
				{ a: chain(key: "jx-nonferrous") { name }
				  b: chainGaps(chain: "nope", region: "36") { summary { coverageRatio } }
				  c: enterprises(filter: {region: "99"}) { totalCount }
				  d: search(text: "江西铜业", first: 1) { name } }""", null);
		var data = (Map<String, Object>) body.get("data");
		assertThat(data).containsEntry("a", Map.of("name", "有色金属")).containsEntry("b", null).containsEntry("c", null);
		assertThat((List<?>) data.get("d")).hasSize(1);
		var errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).extracting(e -> e.get("path")).containsExactlyInAnyOrder(List.of("b"), List.of("c"));
		assertThat(errors).extracting(GraphQlClient::code).containsOnly("NOT_FOUND");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRefusedChangeDoesNotHideTheOnesSavedBeforeIt() {
		var firm = "partial-answers-test-firm";
		var body = post("""
				mutation { a: upsertEnterprise(input: {key: "%s", name: "示例·部分应答测试企业", regionCode: "3601",
				             source: "illustrative"}) { created }
				           b: tagEnterprise(input: {enterprise: "no-such-firm", add: ["瞪羚"], source: "illustrative"}) {
				             changed } }""".formatted(firm), GraphQlClient.EDITOR);
		var data = (Map<String, Object>) body.get("data");
		assertThat(data).containsEntry("a", Map.of("created", true)).containsEntry("b", null);
		var errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).singleElement().satisfies(e -> assertThat(e.get("path")).isEqualTo(List.of("b")));
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:Enterprise {id: $id}) RETURN count(e) AS n", Map.of("id", firm)).single()
				.get("n").asLong()).as("the first change was saved, as the answer says").isEqualTo(1);
		}
		post("mutation { removeEnterprise(input: {enterprise: \"%s\", source: \"illustrative\"}) { removedKey } }"
			.formatted(firm), GraphQlClient.EDITOR);
	}

	private Map<String, Object> post(String query, String token) {
		return new GraphQlClient(this.http).answer(query, token);
	}

}
