package io.chaingraph.standalone;

import io.chaingraph.model.schema.SchemaMigrator;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** With NEO4J_URI set, no embedded server starts, and the schema goes to the Neo4j that NEO4J_URI names. */
@ExtendWith(OutputCaptureExtension.class)
class ServeWithExternalNeo4jTest {

	@Test
	void usesTheNeo4jThatNeo4jUriNames(CapturedOutput output) throws Exception {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (m:SchemaMigration) DELETE m").consume();
		}
		try (var service = RunningService.start("--NEO4J_URI=" + TestNeo4j.boltUri(),
				"--NEO4J_PASSWORD=" + TestNeo4j.password(), "--chaingraph.demo.load-if-empty=false")) {
			assertThat(service.context().getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
			assertThat(output.getOut()).contains("ChainGraph is ready",
					"Bolt            " + TestNeo4j.boltUri() + "   external (外部数据库)");

			try (var session = TestNeo4j.driver().session()) {
				var level = session.run("MATCH (m:SchemaMigration) RETURN max(m.version) AS level").single().get("level");
				assertThat(level.asInt())
					.isEqualTo(new SchemaMigrator(TestNeo4j.driver()).migrations().getLast().version());
			}
			assertThat(service.graphQl("{ __typename }").body()).contains("\"__typename\":\"Query\"");

			var browser = service.get("/browser/");
			assertThat(browser.headers().firstValue("Location").orElseThrow())
				.contains("dbms=" + TestNeo4j.boltUri())
				.doesNotContain("NO_AUTH");
			var health = service.get("/actuator/health");
			assertThat(health.body()).contains("\"neo4j\":{").doesNotContain("embeddedNeo4j");
		}
	}

}
