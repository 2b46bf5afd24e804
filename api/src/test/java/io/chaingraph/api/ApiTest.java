package io.chaingraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context every API test shares (same annotations, so Spring's test context cache starts it once),
 * wired to the one Neo4j of the test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The query timeout (5 s in service) covers Cypher planning too; on a build machine shared by several builds a cold
// plan of a large query has taken longer than that, so tests allow more. No test measures time.
@SpringBootTest(classes = ChainGraphApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "chaingraph.graphql.query-timeout=60s")
@ContextConfiguration(initializers = TestNeo4jInitializer.class)
@AutoConfigureTestRestTemplate
public @interface ApiTest {

}
