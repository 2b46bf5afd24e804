package io.chaingraph.standalone;

import java.nio.file.Path;

import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.standalone.embedded.OnEmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code ./chaingraph load}: runs the loader against the right Neo4j. With {@code NEO4J_URI}, that one; otherwise
 * the running {@code ./chaingraph serve} when its Bolt port answers; otherwise the embedded store itself, opened for
 * the load and closed after it.
 */
final class LoadCommand {

	private LoadCommand() {
	}

	static int run(String[] args) {
		var env = System.getenv();
		if (!OnEmbeddedNeo4j.EmbeddedCondition.embedded(env.get("CHAINGRAPH_EMBEDDED_ENABLED"), env.get("NEO4J_URI"))) {
			try (var driver = LoaderCommand.driverFor(env)) {
				return LoaderCommand.run(args, driver, System.out, System.err);
			}
		}
		var boltAddress = env.getOrDefault("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:7687");
		try (var running = GraphDatabase.driver("bolt://" + boltAddress, AuthTokens.none(), LoaderCommand.QUIET)) {
			if (answers(running)) {
				System.out.println("Loading into the running service's Neo4j at bolt://" + boltAddress);
				return LoaderCommand.run(args, running, System.out, System.err);
			}
		}
		var dataDir = Path.of(env.getOrDefault("CHAINGRAPH_EMBEDDED_DATADIR", "data/graph"));
		System.out.println("Loading into the embedded store at " + dataDir.toAbsolutePath());
		try (var embedded = EmbeddedNeo4j.start(dataDir, "localhost:0", "512m");
				var driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), LoaderCommand.QUIET)) {
			return LoaderCommand.run(args, driver, System.out, System.err);
		}
	}

	private static boolean answers(Driver driver) {
		try {
			driver.verifyConnectivity();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
