package io.chaingraph.standalone;

import java.io.PrintStream;
import java.util.Arrays;

import io.chaingraph.loader.dataset.TemplateCommand;
import io.chaingraph.loader.generate.GenerateCommand;
import io.chaingraph.standalone.bench.ApiBenchmark;
import io.chaingraph.standalone.bulk.LoadBenchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point of the standalone jar, run by the {@code ./chaingraph} launcher: {@code serve} starts the service,
 * {@code load} runs the loader, {@code template} writes an empty data set to fill in, {@code export} writes the graph
 * out as a data set, {@code generate} writes a synthetic data set, {@code bench load} measures the loader.
 * {@code ./chaingraph help} describes every command.
 */
public final class ChainGraph {

	private ChainGraph() {
	}

	/** What {@code serve --help} prints: the other commands have a usage of their own, and serve has options too. */
	static final String SERVE_USAGE = """
			usage: serve [--name=value …]
			Starts the service: an embedded Neo4j (store in CHAINGRAPH_EMBEDDED_DATADIR, default ./data/graph), the
			schema, the shipped data set into an empty graph, the home page with the downloads on /, GraphQL on
			/graphql, GraphiQL on /graphiql, Neo4j Browser on /browser/. Ctrl-C stops it. 启动服务（内置 Neo4j 数据库）。
			Bolt asks for user neo4j and the store's password, kept in neo4j-password in the store folder (made on
			its first start; CHAINGRAPH_EMBEDDED_PASSWORD gives another). 用户名 neo4j，密码见该文件。
			  --server.port=9090                                  HTTP port (default 8080, or PORT)
			  --chaingraph.embedded.bolt-address=localhost:7688   embedded Bolt address (default localhost:7687)
			  --chaingraph.embedded.page-cache=1g                 Neo4j's page cache (default 512m)
			Every property of the README's Configuration table is taken as --name=value or as an environment
			variable. With NEO4J_URI set no embedded Neo4j starts: the service uses that one (NEO4J_USERNAME,
			NEO4J_PASSWORD).
			""";

	/**
	 * Starts the service, or prints its usage when asked ({@code --help}, {@code -h}) and returns null: a help asked
	 * for had started a service on ports 8080 and 7687, with a store, where the other commands print their usage.
	 */
	static ConfigurableApplicationContext serve(String[] args, PrintStream out) {
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			out.print(SERVE_USAGE);
			return null;
		}
		return SpringApplication.run(StandaloneApplication.class, args);
	}

	public static void main(String[] args) throws Exception {
		var command = args.length == 0 ? "serve" : args[0];
		var rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
		switch (command) {
			case "serve" -> serve(rest, System.out);
			case "load" -> System.exit(LoadCommand.run(rest));
			case "generate" -> System.exit(GenerateCommand.run(rest, System.out, System.err));
			case "template" -> System.exit(TemplateCommand.run(rest, System.out, System.err));
			case "export" -> System.exit(ExportGraph.run(rest));
			case "bench" -> System.exit(rest.length > 0 && rest[0].equals("api")
					? ApiBenchmark.run(Arrays.copyOfRange(rest, 1, rest.length))
					: LoadBenchmark.run(rest, System.out, System.err));
			default -> {
				System.err.println("Unknown command '" + command + "' (未知命令). Commands: serve, load, template, export, generate, bench. "
						+ "See ./chaingraph help.");
				System.exit(2);
			}
		}
	}

}
