package io.chaingraph.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Pattern;

import io.chaingraph.loader.chainkg.ChainKgImporter;
import io.chaingraph.loader.dataset.DataSetLoadTest;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's model tables say exactly what {@code db.schema.visualization()} shows after a full load. */
class ReadmeModelTest {

	private static final Path README = Path.of(System.getProperty("chaingraph.repo.root", ".."), "README.md");

	private static final Pattern LABEL_ROW = Pattern.compile("^\\| `(\\w+)` \\| `\\w+`(?! →)", Pattern.MULTILINE);

	private static final Pattern RELATIONSHIP_ROW = Pattern.compile("^\\| `(\\w+)` \\| `(\\w+)` → `(\\w+)` \\|",
			Pattern.MULTILINE);

	@Test
	void modelTablesMatchTheGraphsSchema() throws IOException {
		TestNeo4j.clearAll();
		// Every migrated graph keeps the migrations' lock node, which clearAll takes: put it back as the migrator
		// writes it (without it, whether the graph held one depended on what ran before: the test passed in the
		// suite and failed alone).
		try (var session = TestNeo4j.driver().session()) {
			session.run(io.chaingraph.model.cypher.CypherCatalog.standard().query("system/migration-lock"),
					java.util.Map.of("level", io.chaingraph.model.schema.SchemaLevelGuard.standard().knownLevel()))
				.consume();
		}
		new GraphLoader(TestNeo4j.driver()).load(DataSetLoadTest.SMALL_PATH, new GraphLoader.Options(false, false));
		new ChainKgImporter(TestNeo4j.driver()).importDirectory(Path.of("src/test/resources/chainkg/quirks"), false);
		// The curation API's audit trail: written by the API, not the loader, with the API's own statement.
		try (var session = TestNeo4j.driver().session()) {
			session.run(io.chaingraph.model.cypher.CypherCatalog.standard().query("curation/record-audit"),
					java.util.Map.of("entry", java.util.Map.of("id", "readme-model", "actor", "test", "mutation", "tagEnterprise",
							"arguments", "{}", "source", "illustrative", "entityType", "Enterprise", "entityKey", "test-a")))
				.consume();
		}

		var readme = Files.readString(README);
		var section = readme.substring(readme.indexOf("## The graph model"), readme.indexOf("## Cypher lives in"));
		var documentedLabels = new HashSet<String>();
		LABEL_ROW.matcher(section).results().forEach(m -> documentedLabels.add(m.group(1)));
		var documentedRelationships = new HashSet<String>();
		RELATIONSHIP_ROW.matcher(section)
			.results()
			.forEach(m -> documentedRelationships.add(m.group(2) + "-" + m.group(1) + "->" + m.group(3)));

		var labels = new HashSet<String>();
		var relationships = new HashSet<String>();
		try (var session = TestNeo4j.driver().session()) {
			var schema = session.run("CALL db.schema.visualization()").single();
			schema.get("nodes").asList(v -> v.asNode()).forEach(n -> labels.add(n.get("name").asString()));
			var names = new java.util.HashMap<String, String>();
			schema.get("nodes").asList(v -> v.asNode()).forEach(n -> names.put(n.elementId(), n.get("name").asString()));
			schema.get("relationships").asList(v -> v.asRelationship())
				.forEach(r -> relationships.add(names.get(r.startNodeElementId()) + "-" + r.type() + "->"
						+ names.get(r.endNodeElementId())));
			// db.schema.visualization() shows a relationship for every label pair its counts allow; keep the real ones.
			relationships.removeIf(r -> !exists(session, r));
		}
		assertThat(documentedLabels).isEqualTo(labels);
		assertThat(documentedRelationships).isEqualTo(relationships);
	}

	private static boolean exists(org.neo4j.driver.Session session, String pattern) {
		var parts = pattern.split("->|-");
		var query = "MATCH (:" + parts[0] + ")-[:" + parts[1] + "]->(:" + parts[2] + ") RETURN count(*) > 0 AS found";
		return session.run(query).single().get("found").asBoolean();
	}

}
