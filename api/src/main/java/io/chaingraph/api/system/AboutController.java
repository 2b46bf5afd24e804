package io.chaingraph.api.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code about} query: which service and schema a client is talking to. */
@Controller
public class AboutController {

	private final SchemaOnStart schema;

	private final Neo4jFacts neo4j;

	private final ObjectProvider<BuildProperties> build;

	public AboutController(SchemaOnStart schema, Neo4jFacts neo4j, ObjectProvider<BuildProperties> build) {
		this.schema = schema;
		this.neo4j = neo4j;
		this.build = build;
	}

	@QueryMapping
	public About about() {
		var buildProperties = this.build.getIfAvailable();
		var components = this.neo4j.components();
		return new About(buildProperties != null ? buildProperties.getVersion() : "development",
				this.schema.graphLevel(), this.schema.knownLevel(), components.get("version"), components.get("edition"));
	}

	/** The GraphQL type {@code About}. */
	public record About(String version, int schemaLevel, int knownSchemaLevel, String neo4jVersion,
			String neo4jEdition) {
	}

}
