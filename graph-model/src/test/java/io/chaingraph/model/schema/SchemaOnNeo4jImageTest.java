package io.chaingraph.model.schema;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema applies to the Neo4j image docker-compose.yml runs (pinned once, as {@code neo4j.image} in pom.xml).
 * Skipped where there is no Docker engine, as on the build machines here.
 */
@Testcontainers(disabledWithoutDocker = true)
class SchemaOnNeo4jImageTest {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer(System.getProperty("neo4j.image", "neo4j:2026.08.1-community"))
		.withAdminPassword("chaingraph-test");

	@Test
	void everyMigrationAppliesToTheImage() {
		try (var driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.basic("neo4j", "chaingraph-test"))) {
			var migrator = new SchemaMigrator(driver);
			assertThat(migrator.migrate()).isEqualTo(migrator.migrations().getLast().version());
			assertThat(migrator.migrate()).as("second run applies nothing new").isEqualTo(migrator.level());
		}
	}

}
