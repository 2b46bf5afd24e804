package io.chaingraph.api.system;

import java.util.LinkedHashMap;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.SpringBootVersion;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info}: the versions in play, the graph schema's migration level and the highest one this ChainGraph
 * knows (when the graph's is higher, a newer ChainGraph migrated it and this one writes nothing).
 */
@Component
public class ChainGraphInfo implements InfoContributor {

	private final SchemaOnStart schema;

	private final Neo4jFacts neo4j;

	private final ObjectProvider<BuildProperties> build;

	public ChainGraphInfo(SchemaOnStart schema, Neo4jFacts neo4j, ObjectProvider<BuildProperties> build) {
		this.schema = schema;
		this.neo4j = neo4j;
		this.build = build;
	}

	@Override
	public void contribute(Info.Builder builder) {
		var versions = new LinkedHashMap<String, Object>();
		var buildProperties = this.build.getIfAvailable();
		versions.put("chaingraph", buildProperties != null ? buildProperties.getVersion() : "development");
		versions.put("java", Runtime.version().toString());
		versions.put("springBoot", SpringBootVersion.getVersion());
		versions.put("neo4jJavaDriver", Driver.class.getPackage().getImplementationVersion());
		try {
			versions.put("neo4j", this.neo4j.components());
		}
		catch (RuntimeException ex) {
			versions.put("neo4j", "unavailable: " + ex.getMessage());
		}
		builder.withDetail("versions", versions);
		Object graphLevel;
		try {
			graphLevel = this.schema.graphLevel();
		}
		catch (RuntimeException ex) {
			graphLevel = "unavailable: " + ex.getMessage();
		}
		builder.withDetail("schema", java.util.Map.of("migrationLevel", graphLevel, "knownLevel", this.schema.knownLevel()));
	}

}
