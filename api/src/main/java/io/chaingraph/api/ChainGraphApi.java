package io.chaingraph.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The API on its own, against the Neo4j that {@code NEO4J_URI} names (docker-compose, Aura, a cluster). The
 * one-machine bundle with an embedded Neo4j is {@code io.chaingraph.standalone.ChainGraph}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainGraphApi {

	public static void main(String[] args) {
		SpringApplication.run(ChainGraphApi.class, args);
	}

}
