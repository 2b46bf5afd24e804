package io.chaingraph.api.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's connection pool as metrics ({@code db_client_connection_count} by state {@code used} and
 * {@code idle}, {@code db_client_connection_pending_requests}, {@code _max}, {@code _timeouts}): what an operator
 * looks at first when a replica's requests queue.
 * <p>
 * Off unless {@code chaingraph.neo4j.pool-metrics=true}: the driver reports its pool through Micrometer
 * observations, and creates one for every session, statement, record and Bolt message too, which cost 0.06–0.09 ms
 * of CPU per question on both sides of {@code bench api} (about 7 %; p50 within the runs' spread). Boot's way
 * (Neo4jObservationAutoConfiguration, excluded in {@code application.yaml}) also gives each of them timers (no
 * cheaper in the same measurement, and a scrape full of them); switching those observations off by name fails every
 * statement instead (driver 6.1 casts Micrometer's no-op context to its own). So the driver gets a registry of its
 * own whose one handler keeps the pool's gauges.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chaingraph.neo4j.pool-metrics", havingValue = "true", matchIfMissing = false)
public class DriverPoolMetrics {

	@Bean
	ConfigBuilderCustomizer neo4jConnectionPoolMetrics(MeterRegistry meters) {
		var registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ConnectionPoolMetricsHandler(meters));
		var provider = MicrometerObservationProvider.builder(registry).build();
		return config -> config.withObservationProvider(provider);
	}

}
