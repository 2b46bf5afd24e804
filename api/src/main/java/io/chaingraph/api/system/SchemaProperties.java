package io.chaingraph.api.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API treats the graph's schema at start ({@code chaingraph.schema.*}).
 *
 * @param migrateOnStart apply pending {@code cypher/migrations} at start; turn off where a DBA applies them
 * @param startupWait how long to wait for Neo4j to answer at start before giving up with a clear message
 */
@ConfigurationProperties("chaingraph.schema")
public record SchemaProperties(@DefaultValue("true") boolean migrateOnStart, @DefaultValue("60s") Duration startupWait) {
}
