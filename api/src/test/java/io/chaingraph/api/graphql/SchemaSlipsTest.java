package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that names what the schema does not have is BAD_INPUT and says what it may have meant, in the message
 * and as {@code extensions.suggestions}: a field, an argument, an input field, an enum value, a type; written in
 * the query or passed as variables.
 */
@ApiTest
class SchemaSlipsTest {

	@Autowired
	TestRestTemplate http;

	private Map<String, Object> error(String query) {
		return error(query, Map.of());
	}

	private Map<String, Object> error(String query, Map<String, Object> variables) {
		var error = new GraphQlClient(this.http).error(query, variables);
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
		return error;
	}

	@SuppressWarnings("unchecked")
	private static List<String> suggestions(Map<String, Object> error) {
		return (List<String>) ((Map<String, Object>) error.get("extensions")).get("suggestions");
	}

	@Test
	void aFieldWithASlip() {
		var top = error("{ chian(key: \"jx-nonferrous\") { name } }");
		assertThat(suggestions(top)).containsExactly("chain");
		assertThat((String) top.get("message")).contains("Field 'chian' in type 'Query' is undefined")
			.endsWith("did you mean chain? (您是否要找：chain)");
		var nested = error("{ chainGaps(chain: \"jx-nonferrous\", region: \"36\") { segments { statuss } } }");
		assertThat(suggestions(nested)).containsExactly("status");
	}

	@Test
	void anArgumentWithASlip() {
		assertThat(suggestions(error("{ chain(nam: \"有色金属\") { name } }"))).containsExactly("name");
	}

	@Test
	void anInputFieldWithASlipInTheQueryOrInAVariable() {
		assertThat(suggestions(error("{ enterprises(filter: {regoin: \"36\"}) { totalCount } }"))).containsExactly("region");
		assertThat(suggestions(error("query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }",
				Map.of("f", Map.of("regoin", "36"))))).containsExactly("region");
	}

	@Test
	void anEnumValueInAnotherCaseInTheQueryOrInAVariable() {
		var literal = error("{ enterprises(orderBy: name) { totalCount } }");
		assertThat(suggestions(literal)).containsExactly("NAME");
		assertThat(suggestions(error("query($o: EnterpriseOrder) { enterprises(orderBy: $o) { totalCount } }",
				Map.of("o", "name")))).containsExactly("NAME");
	}

	@Test
	void anEnumValueNothingIsNearListsWhatTheEnumTakes() {
		var error = error("{ enterprises(orderBy: REVENUE) { totalCount } }");
		assertThat(suggestions(error)).isNull();
		assertThat((String) error.get("message")).endsWith("; it takes KEY, NAME (可选：KEY、NAME)");
	}

	@Test
	void aTypeWithASlip() {
		assertThat(suggestions(error("query($f: EnterpriseFiltr) { enterprises(filter: $f) { totalCount } }")))
			.containsExactly("EnterpriseFilter");
	}

	@Test
	void aFieldNothingIsNearGetsNoGuess() {
		var error = error("{ about { zzzzzzzz } }");
		assertThat(suggestions(error)).isNull();
		assertThat((String) error.get("message")).endsWith("(类型 About 没有字段 zzzzzzzz)");
	}

}
