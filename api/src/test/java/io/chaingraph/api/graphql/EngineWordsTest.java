package io.chaingraph.api.graphql;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import graphql.GraphQL;
import io.chaingraph.api.ApiTest;
import io.chaingraph.api.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL Java's own messages say what is wrong in Chinese too: the common mistakes of someone writing a query by
 * hand, as the service answers them; and the words file still fits GraphQL Java's bundles (an upgrade that renames a
 * message or drops a part fails here, not in front of a user).
 */
@ApiTest
class EngineWordsTest {

	@Autowired
	TestRestTemplate http;

	private String message(String query) {
		return message(query, Map.of());
	}

	private String message(String query, Map<String, Object> variables) {
		var error = new GraphQlClient(this.http).error(query, variables);
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
		return (String) error.get("message");
	}

	@Test
	void mistakesInAQueryAreSaidInChinese() {
		assertThat(message("{ chainGaps(region: \"36\") { summary { missing } } }"))
			.startsWith("Validation error (MissingFieldArgument@[chainGaps]) : Missing field argument 'chain'")
			.endsWith("(缺少必填参数 chain)");
		assertThat(message("{ chainGaps(chain: \"jx-nonferrous\", region: \"36\", weakBelow: \"三\") { summary { missing } } }"))
			.endsWith("(参数 weakBelow 的值“三”不是有效的整数（Int）)");
		assertThat(message("{ chain(key: 3) { name } }")).endsWith("(参数 key 的值 3 不是有效的文字（String）)");
		assertThat(message("{ chainGaps(chain: \"jx-nonferrous\", region: \"36\") }"))
			.endsWith("(字段 chainGaps（ChainGaps）要在 { … } 里写明要取哪些字段)");
		assertThat(message("{ about { version { x } } }")).endsWith("(字段 version 是取值字段（文字（String，必填）），后面不能再写 { … })");
		assertThat(message("{ about { zzzzzzzz } }")).endsWith("(类型 About 没有字段 zzzzzzzz)");
		assertThat(message("{ chain(key: \"jx-nonferrous\", colour: 1) { name } }")).endsWith("(该字段没有参数 colour)");
		assertThat(message("{ enterprises(orderBy: REVENUE) { totalCount } }"))
			.contains("(参数 orderBy 的值 REVENUE 不是有效的 EnterpriseOrder)");
		assertThat(message("query($c: String) { chainGaps(chain: $c, region: \"36\") { summary { missing } } }"))
			.endsWith("(变量 c 的类型是文字（String），这里要的是文字（String，必填）)");
		assertThat(message("{ about { version } ")).endsWith("(查询语法错误：第 1 行第 21 列的结尾处；括号和引号是否成对？)");
		// Chinese without quotes, as a team writes an enum (断点 for MISSING) or a region; a quote never closed.
		assertThat(message("{ segments(status: [断点]) { name } }")).endsWith("(查询语法错误：第 1 行第 21 列的“断”没有加引号："
				+ "文字须写在英文双引号内（如 region: \"赣州\"）；可选值（枚举）请用英文名（如 status: [MISSING]，而不是 断点）)");
		assertThat(message("{ region(name: \"赣州) { code } }")).endsWith("(查询语法错误：第 1 行第 16 列的引号没有闭合：请在文字末尾补上英文双引号)");
	}

	@Test
	void variablesOfTheWrongKindAreSaidInChinese() {
		assertThat(message("query($w: Int) { chainGaps(chain: \"jx-nonferrous\", region: \"36\", weakBelow: $w) { summary { missing } } }",
				Map.of("w", "三")))
			.startsWith("Variable 'w' has an invalid value")
			.endsWith("(变量 w 的值无效：应为整数，实为文字（String）)");
		assertThat(message("query($k: String!) { chain(key: $k) { name } }", Map.of()))
			.endsWith("(变量 k 必填，不能为空（文字（String，必填））)");
		assertThat(message("query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }",
				Map.of("f", Map.of("region", 36)))).endsWith("(变量 f 的值无效：应为文字（加引号），实为整数（Integer）)");
	}

	@Test
	void aMessageOfAnotherFormKeepsTheGeneralWords() {
		assertThat(EngineWords.chinese("Something GraphQL Java may say one day")).isNull();
		assertThat(EngineWords.chinese(null)).isNull();
	}

	@Test
	void everyChineseFormIsOneOfGraphQlJavasWithTheSameParts() {
		var chinese = EngineWords.load(EngineWordsTest.class.getClassLoader(), "graphql-engine-words.properties");
		var english = new java.util.Properties();
		for (var bundle : List.of("Validation", "Parsing", "Scalars", "Execution")) {
			english.putAll(EngineWords.load(GraphQL.class.getClassLoader(), "i18n/" + bundle + ".properties"));
		}
		assertThat(chinese.stringPropertyNames()).hasSizeGreaterThan(50);
		for (var key : chinese.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as("GraphQL Java's message %s", key).isNotNull();
			var parts = new HashSet<>(EngineWords.parts(english.getProperty(key)));
			assertThat(parts).as("the parts of %s", key).containsAll(EngineWords.parts(chinese.getProperty(key)));
		}
	}

}
