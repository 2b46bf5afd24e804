package io.chaingraph.loader.generate;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code generate --enterprises N --out DIR [--seed S]} on the command line: writes a synthetic data set. Exit codes:
 * 0 written, 2 wrong command line.
 */
public final class GenerateCommand {

	static final String USAGE_TEXT = """
			usage: generate --enterprises N --out DIR [--seed S]
			  --enterprises N   how many firms (e.g. 1000000); 40 chains of 25-40 segments come with them
			  --out DIR         the data set folder to write (created when missing; same-named files are replaced)
			  --seed S          the random seed (default 1): the same seed writes the same bytes
			Every record is illustrative; region codes are real county and city codes, skewed towards a few provinces.
			""";

	private GenerateCommand() {
	}

	/** Runs {@code generate} with the given arguments; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Long enterprises = null;
		long seed = 1;
		Path folder = null;
		try {
			for (int i = 0; i < args.length; i++) {
				var argument = args[i];
				var name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
				switch (name) {
					case "--help", "-h" -> {
						out.print(USAGE_TEXT);
						return 0;
					}
					case "--enterprises", "--seed", "--out" -> {
						String value;
						if (argument.contains("=")) {
							value = argument.substring(argument.indexOf('=') + 1);
						}
						else if (i + 1 < args.length) {
							value = args[++i];
						}
						else {
							throw new IllegalArgumentException(name + " needs a value");
						}
						switch (name) {
							case "--enterprises" -> enterprises = parseCount(value);
							case "--seed" -> seed = Long.parseLong(value);
							default -> folder = Path.of(value);
						}
					}
					default -> throw new IllegalArgumentException("Unknown argument '" + argument + "' (未知参数)");
				}
			}
			if (enterprises == null || folder == null) {
				throw new IllegalArgumentException("--enterprises and --out are required (缺少必填参数)");
			}
			var options = new SyntheticDataSet.Options(enterprises, seed);
			long started = System.nanoTime();
			var summary = SyntheticDataSet.write(options, folder);
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf("Wrote the synthetic data set %s to %s in %.1f s (%,.1f MB):%n", summary.id(),
					folder.toAbsolutePath(), seconds, summary.bytes() / 1e6);
			out.printf("  %,d chains, %,d segments, %,d enterprises, %,d enterprise-segment links, %,d supply relations,"
					+ " %,d designations%n", summary.chains(), summary.segments(), summary.enterprises(),
					summary.enterpriseSegments(), summary.supplyRelations(), summary.designations());
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(USAGE_TEXT);
			return 2;
		}
	}

	/** 1000000, 1_000_000, 1,000,000, 1m and 10k all read as counts. */
	public static long parseCount(String text) {
		var value = text.strip().replace("_", "").replace(",", "").toLowerCase(java.util.Locale.ROOT);
		long factor = 1;
		if (value.endsWith("k")) {
			factor = 1_000;
			value = value.substring(0, value.length() - 1);
		}
		else if (value.endsWith("m")) {
			factor = 1_000_000;
			value = value.substring(0, value.length() - 1);
		}
		try {
			return Math.multiplyExact(Long.parseLong(value), factor);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new IllegalArgumentException("Expected a count such as 1000000 or 1m, found '" + text + "'");
		}
	}

}
