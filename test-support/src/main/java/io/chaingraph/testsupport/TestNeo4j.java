package io.chaingraph.testsupport;

import java.net.URI;

import org.junit.jupiter.api.Assumptions;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The Neo4j every test class of a test JVM shares, started on first use and stopped when the JVM exits.
 * <p>
 * By default the in-process harness (Bolt only, a random port). With {@code -Dchaingraph.test.neo4j=testcontainers}
 * a {@code neo4j} container from the image the build pins ({@code -Dneo4j.image}); where Docker is missing, tests
 * that ask for the shared instance are skipped, not failed.
 */
public final class TestNeo4j {

	/** The password of the container variant; the harness runs without authentication. */
	public static final String CONTAINER_PASSWORD = "chaingraph-test";

	private static volatile Instance instance;

	/**
	 * How long Neo4j waits for a bookmark it has not reached (30 s by default; a request waits twice that, measured):
	 * a test of a bookmark from "the future" waits so long. Nothing else in the suite waits for bookmarks, one
	 * server being always up to date.
	 */
	public static final java.time.Duration BOOKMARK_READY_TIMEOUT = java.time.Duration.ofSeconds(1);

	/**
	 * How soon Neo4j may plan a cached statement again when the graph's statistics have moved (10 s by default).
	 * Tests clear and load graphs all the time, so with the default most statements were planned over and over:
	 * planning was ~60 % of the API tests' CPU (JFR) and the suite took 9 min 14 s; with a day, 7 min 29 s. Plans only
	 * decide speed, which no test measures; the answers are the same.
	 */
	static final java.time.Duration MIN_REPLAN_INTERVAL = java.time.Duration.ofDays(1);

	private TestNeo4j() {
	}

	/** The shared instance's Bolt URI. */
	public static URI boltUri() {
		return instance().uri();
	}

	/** Credentials for the shared instance. */
	public static AuthToken authToken() {
		return instance().auth();
	}

	/** The password to give Spring ({@code spring.neo4j.authentication.password}); empty for the harness. */
	public static String password() {
		return instance().container() ? CONTAINER_PASSWORD : "";
	}

	/** A driver on the shared instance, shared too: do not close it. */
	public static Driver driver() {
		return instance().driver();
	}

	/** Removes every node and relationship; the schema (constraints, indexes, migration records) stays. */
	public static void clearAll() {
		try (var session = driver().session()) {
			session.run("MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
				.consume();
		}
	}

	/**
	 * Removes all data but the built-in administrative regions (the {@code regions-cn} data set, 3,343 regions that
	 * every load would otherwise write again): what a test wrote goes, the reference stays.
	 */
	public static void clearData() {
		try (var session = driver().session()) {
			session.run("""
					MATCH (n) WHERE NOT n:SchemaMigration
					  AND NOT (n:Region AND n.datasets = ['regions-cn'])
					  AND NOT (n:DataSet AND n.id = 'regions-cn')
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
					""").consume();
			session.run("""
					MATCH ()-[r]->() WHERE coalesce(r.datasets, []) <> ['regions-cn']
					CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
					""").consume();
		}
	}

	/**
	 * Starts a separate in-process Neo4j, for tests that need a second server (say, an "external" one). The caller
	 * closes it.
	 */
	public static Neo4j startSeparate() {
		return harness();
	}

	private static Instance instance() {
		var current = instance;
		if (current == null) {
			synchronized (TestNeo4j.class) {
				current = instance;
				if (current == null) {
					current = start();
					instance = current;
					var started = current;
					Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-neo4j-shutdown"));
				}
			}
		}
		return current;
	}

	private static Instance start() {
		if ("testcontainers".equals(System.getProperty("chaingraph.test.neo4j"))) {
			Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
					"chaingraph.test.neo4j=testcontainers but no Docker engine is reachable: skipped");
			var image = System.getProperty("neo4j.image", "neo4j:2026.08.1-community");
			var container = new Neo4jContainer(image).withAdminPassword(CONTAINER_PASSWORD)
				.withNeo4jConfig("db.transaction.bookmark_ready_timeout", BOOKMARK_READY_TIMEOUT.toSeconds() + "s")
				.withNeo4jConfig("dbms.cypher.min_replan_interval", MIN_REPLAN_INTERVAL.toHours() + "h");
			container.start();
			var auth = AuthTokens.basic("neo4j", CONTAINER_PASSWORD);
			var uri = URI.create(container.getBoltUrl());
			return new Instance(uri, auth, GraphDatabase.driver(uri, auth), container::stop, true);
		}
		var neo4j = harness();
		var uri = neo4j.boltURI();
		return new Instance(uri, AuthTokens.none(), GraphDatabase.driver(uri, AuthTokens.none()), neo4j::close,
				false);
	}

	private static Neo4j harness() {
		return Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, java.time.Duration.ZERO)
			.withConfig(GraphDatabaseSettings.bookmark_ready_timeout, BOOKMARK_READY_TIMEOUT)
			.withConfig(GraphDatabaseSettings.cypher_min_replan_interval, MIN_REPLAN_INTERVAL)
			.build();
	}

	private record Instance(URI uri, AuthToken auth, Driver driver, Runnable stop, boolean container) {

		void close() {
			this.driver.close();
			this.stop.run();
		}

	}

}
