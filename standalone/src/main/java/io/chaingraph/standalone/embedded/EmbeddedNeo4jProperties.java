package io.chaingraph.standalone.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Neo4j ({@code chaingraph.embedded.*}).
 *
 * @param enabled run it; by default true unless {@code NEO4J_URI} names another Neo4j
 * @param dataDir the store folder, kept across restarts
 * @param boltAddress where Bolt listens; {@code localhost} keeps it off the network, {@code 0.0.0.0:7687} opens it
 * to every machine that can reach this one (user {@code neo4j} with the store's password)
 * @param pageCache Neo4j's page cache; larger graphs want more
 * @param password the password of user {@code neo4j} instead of the one the store keeps in its folder
 * ({@link StorePassword}); unset, the store's own
 * @param storeWait how long a start waits while another process holds the store (a load into it), then fails
 */
@ConfigurationProperties("chaingraph.embedded")
public record EmbeddedNeo4jProperties(Boolean enabled, @DefaultValue("data/graph") Path dataDir,
		@DefaultValue("localhost:7687") String boltAddress, @DefaultValue("512m") String pageCache,
		String password, @DefaultValue("5m") Duration storeWait) {
}
