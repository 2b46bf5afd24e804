package io.chaingraph.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.chaingraph.api.system.StartProblem;
import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.loader.dataset.ExportCommand;
import io.chaingraph.standalone.bulk.UnfinishedFirstLoad;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code ./chaingraph export DIR}: the loader's {@link ExportCommand} on the Neo4j a load would use: {@code NEO4J_URI}
 * when set; else the running {@code ./chaingraph serve} of the store, when its Bolt port answers and it is that
 * store's; else the embedded store itself, opened for the export and closed after. It only reads.
 */
final class ExportGraph {

	private ExportGraph() {
	}

	static int run(String[] args) {
		LoadCommand.consoleLogTo("System.err");
		return run(args, System.getenv());
	}

	/** {@link #run(String[])} with the environment given, as the launcher would set it. */
	static int run(String[] args, Map<String, String> env) {
		// Help, a usage error or a folder not empty are said before any Neo4j is asked, or a store opened.
		var refused = ExportCommand.refusal(args, System.out, System.err);
		if (refused != null) {
			return refused;
		}
		if (!io.chaingraph.standalone.embedded.OnEmbeddedNeo4j.EmbeddedCondition.embedded(
				env.get("CHAINGRAPH_EMBEDDED_ENABLED"), env.get("NEO4J_URI"))) {
			try (var driver = LoaderCommand.driverFor(env)) {
				return ExportCommand.run(args, driver, System.out, System.err);
			}
		}
		var boltAddress = env.getOrDefault("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:7687");
		var dataDir = Path.of(env.getOrDefault("CHAINGRAPH_EMBEDDED_DATADIR", "data/graph"));
		var password = env.get("CHAINGRAPH_EMBEDDED_PASSWORD");
		try (var onBolt = LoadCommand.OnBolt.of(boltAddress, dataDir, password)) {
			if (onBolt.driver() != null) {
				if (!onBolt.thisStore(dataDir)) {
					System.err.println("Nothing was exported: the Neo4j answering at bolt://" + boltAddress
							+ " is not the ChainGraph service of the store " + dataDir.toAbsolutePath()
							+ " (该地址上的 Neo4j 不是本数据库的服务，未导出). Stop it, or set CHAINGRAPH_EMBEDDED_BOLTADDRESS to"
							+ " the address ./chaingraph serve of this store listens on; to export that Neo4j on purpose,"
							+ " set NEO4J_URI=bolt://" + boltAddress + ".");
					return LoaderCommand.DATABASE;
				}
				System.out.println("Exporting from the running service's Neo4j at bolt://" + boltAddress);
				return ExportCommand.run(args, onBolt.driver(), System.out, System.err);
			}
		}
		if (!Files.isDirectory(dataDir)) {
			System.err.println("No store at " + dataDir.toAbsolutePath() + " (数据库不存在): nothing to export. Set"
					+ " CHAINGRAPH_EMBEDDED_DATADIR to the store's folder, or NEO4J_URI to the Neo4j to export.");
			return ExportCommand.NOTHING;
		}
		var unfinished = UnfinishedFirstLoad.in(dataDir);
		if (unfinished.isPresent()) {
			System.err.println(unfinished.get().problem() + "\n" + unfinished.get().action());
			return LoaderCommand.DATABASE;
		}
		System.out.println("Exporting from the embedded store at " + dataDir.toAbsolutePath());
		try (var embedded = EmbeddedNeo4j.start(dataDir, "localhost:0", "512m", password);
				var driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), LoaderCommand.QUIET)) {
			return ExportCommand.run(args, driver, System.out, System.err);
		}
		catch (StartProblem ex) {
			System.err.println(LoadCommand.notStarted(ex, boltAddress).replace("Nothing was loaded (未导入任何数据)",
					"Nothing was exported (未导出任何数据)"));
			return LoaderCommand.DATABASE;
		}
	}

}
