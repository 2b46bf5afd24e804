package io.chaingraph.standalone.embedded;

import java.net.URI;

import io.chaingraph.standalone.bulk.UnfinishedFirstLoad;
import org.neo4j.driver.AuthToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		// A graph without its schema or its data set record would be served as if loaded; one being loaded now is
		// waited for, as a store another process holds is.
		UnfinishedFirstLoad.whenNoneRuns(properties.dataDir(), properties.storeWait(),
				() -> log.warn("A first load into the store {} is running: waiting up to {} s for it to finish"
						+ " (chaingraph.embedded.store-wait; 首次导入进行中，等待其完成); Ctrl-C stops waiting",
						properties.dataDir().toAbsolutePath(), properties.storeWait().toSeconds()))
			.ifPresent(unfinished -> {
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
