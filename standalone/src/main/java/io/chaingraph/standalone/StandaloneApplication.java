package io.chaingraph.standalone;

import io.chaingraph.api.ChainGraphApi;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The API plus, unless NEO4J_URI is set, the embedded Neo4j, and Neo4j Browser at /browser/. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(ChainGraphApi.class)
public class StandaloneApplication {

}
