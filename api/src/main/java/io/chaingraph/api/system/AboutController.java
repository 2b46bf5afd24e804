package io.chaingraph.api.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code about} query: which service and schema a client is talking to. */
@Controller
public class AboutController {

	private final SchemaOnStart schema;

	private final Neo4jFacts neo4j;

	private final ObjectProvider<BuildProperties> build;

	private final ObjectProvider<GitProperties> git;

	public AboutController(SchemaOnStart schema, Neo4jFacts neo4j, ObjectProvider<BuildProperties> build,
			ObjectProvider<GitProperties> git) {
		this.schema = schema;
		this.neo4j = neo4j;
		this.build = build;
		this.git = git;
	}

	@QueryMapping
	public About about() {
		var buildProperties = this.build.getIfAvailable();
		var gitProperties = this.git.getIfAvailable();
		var components = this.neo4j.components();
		return new About(buildProperties != null ? buildProperties.getVersion() : "development",
				gitProperties != null ? gitProperties.getShortCommitId() : null, this.schema.graphLevel(),
				this.schema.knownLevel(), components.get("version"), components.get("edition"));
	}

	/**
	 * The GraphQL type {@code About}. The commit tells two builds of one version apart (every build of a branch is
	 * 0.1.0-SNAPSHOT): what an operator asks first after an upgrade or a rollback.
	 */
	public record About(String version, String commit, int schemaLevel, int knownSchemaLevel, String neo4jVersion,
			String neo4jEdition) {
	}

}
