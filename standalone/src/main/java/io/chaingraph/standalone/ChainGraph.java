package io.chaingraph.standalone;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;

/**
 * The entry point of the standalone jar, run by the {@code ./chaingraph} launcher: {@code serve} starts the service,
 * {@code load} runs the loader. {@code ./chaingraph help} describes every command.
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
			case "bench" -> {
				if (rest.length > 0 && rest[0].equals("api")) {
					System.exit(io.chaingraph.standalone.bench.ApiBenchmark.run(Arrays.copyOfRange(rest, 1, rest.length)));
				}
				System.err.println("usage: bench api [--seconds 30] [--warmup 10] [--clients 4] (基准测试)");
				System.exit(2);
			}
			default -> {
				System.err.println("Unknown command '" + command + "' (未知命令). Commands: serve, load, bench. "
						+ "See ./chaingraph help.");
				System.exit(2);
			}
		}
	}

}
