package io.chaingraph.standalone;

import java.util.Arrays;

import io.chaingraph.loader.dataset.TemplateCommand;
import io.chaingraph.loader.generate.GenerateCommand;
import io.chaingraph.standalone.bench.ApiBenchmark;
import io.chaingraph.standalone.bulk.LoadBenchmark;

import org.springframework.boot.SpringApplication;

/**
 * The entry point of the standalone jar, run by the {@code ./chaingraph} launcher: {@code serve} starts the service,
 * {@code load} runs the loader, {@code template} writes an empty data set to fill in, {@code generate} writes a
 * synthetic data set, {@code bench load} measures the loader.
 * {@code ./chaingraph help} describes every command.
 */
public final class ChainGraph {

	private ChainGraph() {
	}

	public static void main(String[] args) throws Exception {
		var command = args.length == 0 ? "serve" : args[0];
		var rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
		switch (command) {
			case "serve" -> SpringApplication.run(StandaloneApplication.class, rest);
			case "load" -> System.exit(LoadCommand.run(rest));
			case "generate" -> System.exit(GenerateCommand.run(rest, System.out, System.err));
			case "template" -> System.exit(TemplateCommand.run(rest, System.out, System.err));
			case "bench" -> System.exit(rest.length > 0 && rest[0].equals("api")
					? ApiBenchmark.run(Arrays.copyOfRange(rest, 1, rest.length))
					: LoadBenchmark.run(rest, System.out, System.err));
			default -> {
				System.err.println("Unknown command '" + command + "' (未知命令). Commands: serve, load, template, generate, bench. "
						+ "See ./chaingraph help.");
				System.exit(2);
			}
		}
	}

}
