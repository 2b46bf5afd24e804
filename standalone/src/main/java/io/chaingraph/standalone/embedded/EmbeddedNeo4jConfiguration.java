package io.chaingraph.standalone.embedded;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j before anything reaches the graph, and gives the application a driver on it. Spring
 * destroys the driver before the server because the driver depends on it.
 */
@Configuration(proxyBeanMethods = false)
@OnEmbeddedNeo4j
public class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDir(), properties.boltAddress(), properties.pageCache());
	}

	/**
	 * Replaces Boot's driver (which reads spring.neo4j.uri) with one on the embedded server, with what Boot's
	 * customizers add to a driver's configuration (the observation provider behind the pool metrics).
	 */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedNeo4j embedded, ObjectProvider<ConfigBuilderCustomizer> customizers) {
		var config = Config.builder().withUserAgent("chaingraph-standalone");
		customizers.orderedStream().forEach(customizer -> customizer.customize(config));
		return GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), config.build());
	}

	@Bean
	HealthIndicator embeddedNeo4jHealthIndicator(EmbeddedNeo4j embedded) {
		return () -> (embedded.isAvailable() ? Health.up() : Health.down())
			.withDetail("bolt", embedded.boltUri().toString())
			.withDetail("store", embedded.home().toString())
			.build();
	}

}
