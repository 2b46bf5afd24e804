package io.chaingraph.standalone.embedded;

import java.net.URI;

import io.chaingraph.standalone.bulk.UnfinishedFirstLoad;
import org.neo4j.driver.AuthToken;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j before anything reaches the graph, and points the application's driver at it.
 */
@Configuration(proxyBeanMethods = false)
@OnEmbeddedNeo4j
public class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		// A graph without its schema or its data set record would be served as if loaded.
		UnfinishedFirstLoad.in(properties.dataDir()).ifPresent(unfinished -> {
			throw unfinished.startProblem();
		});
		// A load into the store holds it for a minute and more: a restart meanwhile waits for it instead of failing.
		return EmbeddedNeo4j.startWhenFree(properties.dataDir(), properties.boltAddress(), properties.pageCache(),
				properties.password(), properties.storeWait());
	}

	/**
	 * Points Boot's driver at the embedded server, as a container's service connection would: Boot still builds the
	 * driver, so every {@code spring.neo4j.*} setting the README lists (pool size, timeouts) and Boot's customizers
	 * apply to it as they do to an external Neo4j. The driver depends on this bean, hence on the server, so Spring
	 * closes the driver before the server.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
		var bolt = embedded.boltUri();
		var auth = embedded.authToken();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return bolt;
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}

	@Bean
	HealthIndicator embeddedNeo4jHealthIndicator(EmbeddedNeo4j embedded) {
		return () -> (embedded.isAvailable() ? Health.up() : Health.down())
			.withDetail("bolt", embedded.boltUri().toString())
			.withDetail("store", embedded.home().toString())
			.build();
	}

}
