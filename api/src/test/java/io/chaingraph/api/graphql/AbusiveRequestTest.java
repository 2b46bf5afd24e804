package io.chaingraph.api.graphql;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each kind of abusive request gets its own error before reaching Neo4j, and the service keeps answering. */
@ApiTest
class AbusiveRequestTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	QueryLimitsInterceptor limits;

	@SuppressWarnings("unchecked")
	private Map<String, Object> firstError(String query) {
		var body = this.http.postForObject("/graphql", Map.of("query", query), Map.class);
		var errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).as("errors of %s", query.substring(0, Math.min(80, query.length()))).isNotEmpty();
		return errors.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@AfterEach
	@SuppressWarnings("unchecked")
	void stillAnswers() {
		var body = this.http.postForObject("/graphql", Map.of("query", "{ about { schemaLevel } }"), Map.class);
		assertThat((Map<String, Object>) body.get("data")).containsKey("about");
	}

	@Test
	void deepNestingIsRefusedWithTheDepthLimit() {
		// A data request (introspection has its own bound in GraphQL Java, and GraphiQL's schema query nests 13 deep).
		var query = "{ region(code: \"36\") " + "{ parent ".repeat(14) + "{ name }" + " }".repeat(14) + " }";
		var error = firstError(query);
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxDepth")
			.containsEntry("value", 12);
		assertThat((String) error.get("message")).contains("查询嵌套过深");
	}

	@Test
	void anAliasFloodIsRefused() {
		var query = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			query.append(" a").append(i).append(": about { version }");
		}
		var error = firstError(query.append(" }").toString());
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxAliases")
			.containsEntry("value", 30);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLimitsHoldForTheOperationAnEmptyOperationNameRuns() {
		// GraphQL Java runs the first operation for "operationName": "", which used to name none for the limits: 500
		// aliases (or 200 chainGaps, 6 s on the demo graph) ran where 30 are allowed.
		var query = new StringBuilder("query A {");
		for (int i = 0; i < 500; i++) {
			query.append(" a").append(i).append(": about { version }");
		}
		query.append(" } query B { about { version } }");
		var body = this.http.postForObject("/graphql", Map.of("query", query.toString(), "operationName", ""), Map.class);
		assertThat(body).doesNotContainKey("data");
		var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxAliases");
		// The page size too, refused by the limit (before Neo4j), not by the resolver
		var page = this.http.postForObject("/graphql", Map.of("query",
				"query A { chains(first: 100000) { totalCount } } query B { about { version } }", "operationName", ""),
				Map.class);
		assertThat(extensions(((List<Map<String, Object>>) page.get("errors")).getFirst())).containsEntry("limit",
				"maxPageSize");
	}

	@Test
	void aMillionItemPageIsRefusedBeforeTheSchemaIsEvenConsulted() {
		var error = firstError("{ chains(first: 1000000) { totalCount } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxPageSize")
			.containsEntry("value", 100).containsEntry("actual", 1000000);
		assertThat((String) error.get("message")).contains("use 'after' to page on", "可用 after 翻页");
		// A ranked list has no pages: no 'after' to suggest.
		var search = firstError("{ search(text: \"铜\", first: 1000) { name } }");
		assertThat(extensions(search)).containsEntry("limit", "maxPageSize");
		assertThat((String) search.get("message")).contains("at most 100").doesNotContain("after");
	}

	@Test
	void aPageSizeInAVariableIsCheckedToo() {
		@SuppressWarnings("unchecked")
		var body = (Map<String, Object>) this.http.postForObject("/graphql",
				Map.of("query", "query($n: Int) { chains(first: $n) { totalCount } }", "variables", Map.of("n", 5000)),
				Map.class);
		@SuppressWarnings("unchecked")
		var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
		assertThat(extensions(error)).containsEntry("limit", "maxPageSize");
	}

	@Test
	void aTenThousandCharacterSearchTextIsRefused() {
		var error = firstError("{ search(text: \"" + "铜".repeat(10_000) + "\") { __typename } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxTextLength")
			.containsEntry("value", 200);
	}

	/** Each word is a query over the index's terms: a hundred one-character words took 0.2 s a search. */
	@Test
	void aSearchOfMoreThanTenWordsIsRefused() {
		var error = firstError("{ search(text: \"" + "铜 ".repeat(11) + "\") { name } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxSearchWords")
			.containsEntry("value", 10).containsEntry("actual", 11);
		assertThat((String) error.get("message")).contains("检索词最多 10 个");
		@SuppressWarnings("unchecked")
		var ten = (Map<String, Object>) this.http.postForObject("/graphql",
				Map.of("query", "{ search(text: \"" + "铜 ".repeat(10) + "\") { name } }"), Map.class);
		assertThat(ten.get("errors")).as("ten words are searched").isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void longStringsInsideFiltersAreRefusedToo() {
		// Before, only a top-level string was checked: a million-character region came back twice in the error
		var literal = firstError("{ enterprises(first: 5, filter: { region: \"" + "3".repeat(5000) + "\" }) { totalCount } }");
		assertThat(extensions(literal)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxTextLength")
			.containsEntry("actual", 5000);
		assertThat((String) literal.get("message")).startsWith("Argument 'filter.region' is 5000 characters");
		var tags = new java.util.ArrayList<>(List.of("上市", "专精特新"));
		tags.add("铜".repeat(100_000));
		for (var request : List.of(
				Map.of("query", "query($t: [String!]) { enterprises(first: 5, filter: { tags: $t }) { totalCount } }",
						"variables", Map.of("t", tags)),
				Map.of("query", "query($f: EnterpriseFilter) { enterprises(first: 5, filter: $f) { totalCount } }",
						"variables", Map.of("f", Map.of("tags", tags))))) {
			var body = this.http.postForObject("/graphql", request, Map.class);
			var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
			assertThat(extensions(error)).containsEntry("limit", "maxTextLength").containsEntry("actual", 100_000);
			assertThat((String) error.get("message")).startsWith("Argument 'filter.tags[2]' is 100000 characters")
				.hasSizeLessThan(200);
		}
	}

	@Test
	void aMutationsQuoteIsLeftToTheCurationsOwnBound() {
		// A policy sentence may well be longer than a search word; InputCheck allows 2,000 characters
		var mutation = "mutation($q: String) { tagEnterprise(input: { enterprise: \"x\", add: [\"上市\"], "
				+ "source: \"seed:jiangxi-2023\", quote: $q }) { __typename } }";
		assertThat(this.limits.check(mutation, Map.of("q", "句".repeat(1500)), null)).isNull();
		assertThat(this.limits.check("{ search(text: $q) { __typename } }", Map.of("q", "句".repeat(1500)), null))
			.extracting(QueryLimitsInterceptor.Violation::limit).isEqualTo("maxTextLength");
	}

	@Test
	void nestedPagesMultiplyIntoTheComplexityLimit() {
		var error = firstError("{ chains(first: 100) { edges { node { segments(first: 100) { edges { node { "
				+ "enterprises(first: 100) { edges { node { name } } } } } } } } } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxComplexity");
	}

	@Test
	void aFragmentBombIsRefusedAtTheComplexityLimit() {
		// 1.3 kB: every fragment spreads the next twice, 2^40 introspection fields; the walk used to go on for ever
		var query = new StringBuilder("query { ...F0 }\n");
		for (int i = 0; i < 40; i++) {
			query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
				.append(" }\n");
		}
		query.append("fragment F40 on Query { __type(name: \"Query\") { name } }");
		var error = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> firstError(query.toString()));
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxComplexity")
			.containsEntry("value", 50000);
		assertThat((String) error.get("message")).contains("查询过于复杂");
	}

	@Test
	void fragmentCyclesAreBadInput() {
		// A spread cycle without a field between used to overflow the stack (500, INTERNAL)
		for (var query : List.of("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
				"query { ...A } fragment A on Query { __typename ...A }",
				"query { ...A } fragment A on Query { region(code: \"36\") { parent { ...B } } } "
						+ "fragment B on Region { name ...C } fragment C on Region { parent { ...B } }")) {
			var error = firstError(query);
			assertThat(extensions(error)).as(query).containsEntry("code", "BAD_INPUT")
				.containsEntry("classification", "ValidationError");
			assertThat((String) error.get("message")).as(query).contains("Fragment cycles not allowed");
		}
	}

	@Test
	void aPageSizePastALongIsReportedAsAsked() {
		var error = firstError("{ chains(first: 99999999999999999999) { totalCount } }");
		assertThat(extensions(error)).containsEntry("limit", "maxPageSize")
			.containsEntry("actual", new BigInteger("99999999999999999999"));
		assertThat((String) error.get("message")).startsWith("first: 'chains' asks for 99999999999999999999 items");
	}

	@Test
	void introspectionInBadFaithIsALimitInChinese() {
		var error = firstError("{ __schema { types { fields { type { fields { type { fields { type { fields { type "
				+ "{ name } } } } } } } } } } }");
		assertThat(extensions(error)).containsEntry("code", "LIMIT_EXCEEDED")
			.containsEntry("limit", "goodFaithIntrospection");
		assertThat((String) error.get("message")).contains("自省查询过大").doesNotContain("Internal error");
	}

	@Test
	void syntaxErrorsAreBadInputAndKeepGraphQlsClassification() {
		var error = firstError("{ about { ");
		assertThat(extensions(error)).containsEntry("code", "BAD_INPUT").containsEntry("classification", "InvalidSyntax");
		assertThat((String) error.get("message")).startsWith("Invalid syntax")
			.endsWith("(查询语法错误：第 1 行第 11 列的结尾处；括号和引号是否成对？)");
	}

	@Test
	void whatTheSchemaDoesNotHaveIsBadInput() {
		var field = firstError("{ about { nope } }");
		assertThat(extensions(field)).containsEntry("code", "BAD_INPUT").containsEntry("classification", "ValidationError");
		assertThat((String) field.get("message")).contains("'nope'").endsWith("(类型 About 没有字段 nope)");
		var operation = firstError("subscription { about { version } }");
		assertThat(extensions(operation)).containsEntry("code", "BAD_INPUT");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aVariableOfTheWrongTypeIsBadInput() {
		var body = this.http.postForObject("/graphql", Map.of("query", "query ($n: Int) { chains(first: $n) { totalCount } }",
				"variables", Map.of("n", "twenty")), Map.class);
		var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
		assertThat(extensions(error)).containsEntry("code", "BAD_INPUT");
		assertThat((String) error.get("message")).contains("Variable 'n'");
	}

}
