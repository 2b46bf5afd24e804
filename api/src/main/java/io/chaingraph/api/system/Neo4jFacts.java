package io.chaingraph.api.system;

import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.stereotype.Component;

/** What the connected Neo4j says about itself: name, version and edition. */
@Component
public class Neo4jFacts {

	private final Driver driver;

	public Neo4jFacts(Driver driver) {
		this.driver = driver;
	}

	/** Neo4j's product name, version and edition, e.g. {@code {name=Neo4j Kernel, version=2026.08.1, edition=community}}. */
	public Map<String, String> components() {
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
			var record = session.run(CypherCatalog.standard().query("system/components")).single();
			return Map.of("name", record.get("name").asString(), "version", record.get("version").asString(),
					"edition", record.get("edition").asString());
		}
	}

}
