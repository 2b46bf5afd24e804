package io.chaingraph.model.cypher;

import java.util.Map;
import java.util.regex.Pattern;

import io.chaingraph.model.schema.SchemaMigrator;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query file in cypher/ compiles against the real schema, and opens with the comment block analysts read. */
class CypherCatalogTest {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

	@BeforeAll
	static void migrate() {
		new SchemaMigrator(TestNeo4j.driver()).migrate();
	}

	@Test
	void theRegionSuffixesAreTheLoadersToo() {
		// A Cypher string literal doubles the backslash of \p{IsHan}.
		var literal = "'" + io.chaingraph.model.rules.Slips.REGION_SUFFIX.pattern().replace("\\", "\\\\") + "'";
		assertThat(CypherCatalog.standard().query("region/by-name")).contains("=~ " + literal);
	}

	@Test
	void everyQueryFileIsValidCypher() {
		var catalog = CypherCatalog.standard();
		assertThat(catalog.queryNames()).contains("system/ping", "system/applied-migrations");
		try (var session = TestNeo4j.driver().session()) {
			for (var name : catalog.queryNames()) {
				var text = catalog.query(name);
				// EXPLAIN plans without running; parameters only need to be present, not meaningful.
				var parameters = new java.util.HashMap<String, Object>();
				PARAMETER.matcher(text).results().forEach(m -> parameters.put(m.group(1), null));
				var plan = session.run("EXPLAIN " + text, parameters).consume().plan();
				assertThat(plan).as("plan of %s", name).isNotNull();
			}
		}
	}

	@Test
	void everyQueryFileOpensWithADescriptiveComment() {
		var catalog = CypherCatalog.standard();
		for (var name : catalog.queryNames()) {
			var firstLine = catalog.query(name).lines().findFirst().orElse("");
			assertThat(firstLine).as("first line of %s", name).startsWith("// ").hasSizeGreaterThan(10);
		}
	}

	@Test
	void unknownQueryNamesSayWhatIsMissing() {
		assertThatThrownBy(() -> CypherCatalog.standard().query("nope/missing"))
			.hasMessageContaining("cypher/queries/nope/missing.cypher");
	}

	@Test
	void pingAnswers() {
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run(CypherCatalog.standard().query("system/ping"), Map.of()).single().get("ok").asInt())
				.isEqualTo(1);
		}
	}

}
