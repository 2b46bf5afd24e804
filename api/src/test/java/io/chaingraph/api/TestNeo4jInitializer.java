package io.chaingraph.api;

import java.util.Map;

import io.chaingraph.testsupport.TestNeo4j;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points {@code spring.neo4j.*} at the test run's shared Neo4j. */
public class TestNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-neo4j",
					Map.of("spring.neo4j.uri", TestNeo4j.boltUri().toString(),
							"spring.neo4j.authentication.password", TestNeo4j.password())));
	}

}
