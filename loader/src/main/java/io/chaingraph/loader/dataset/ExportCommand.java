package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.loader.ShellWord;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * {@code export DIR}: the graph's data (the data sets loaded and what the curation API changed since) as one data set
 * folder in the {@code chaingraph/v1} format, for another machine or Aura ({@code load DIR} there), for the province
 * as files, or as a backup anyone can read. It reads in one read transaction and writes nothing to the graph. The
 * folder is written beside its place and moved there whole at the end: a failed export leaves no half folder, and an
 * existing folder with anything in it is refused, never written into.
 */
public final class ExportCommand {

	/** Exit code: the graph holds no data to export; nothing was written. */
	public static final int NOTHING = 1;

	static final String USAGE_TEXT = """
			usage: export DIR [--id ID]
			  DIR         a folder that does not exist yet, or is empty: nothing is overwritten
			  --id ID     the exported data set's id (lower-case letters, digits, hyphens); default
			              export-<date>-<the ids of the data sets it holds>, another than every data set the graph
			              records, so that loading the export beside the originals, or beside another city's
			              export of the same day (or with --prune), never removes or renames theirs; an --id the
			              graph records is refused (导出数据集编号)
			Writes the graph's data as a data set folder (导出为数据集): dataset.yaml, chains/*.yaml, every table
			as CSV (UTF-8 with BOM), with each record's source and quote, and a README.md saying what is left out:
			the built-in regions (loaded with every data set), what only the ChainKnowledgeGraph import wrote (it
			ships no license: import it again from its files), the stored firm counts (every load derives them),
			the data sets' records and the audit trail. It reads NEO4J_URI when set, else the running service of
			the store or the embedded store, as load does, and writes nothing to the graph.
			Exit codes: 0 written, 1 the graph holds no data to export, 2 usage or DIR not empty or not writable, 3 Neo4j unreachable.
			Then: ./chaingraph load DIR --dry-run
			""";

	private ExportCommand() {
	}

	/**
	 * The exit code when the command line alone ends the command (help, a usage error, DIR not empty), else null:
	 * said before a store is opened for it.
	 */
	public static Integer refusal(String[] args, PrintStream out, PrintStream err) {
		var parsed = parse(args, out, err);
		return parsed instanceof Integer code ? code : null;
	}

	private record Arguments(Path folder, String id) {
	}

	private static Object parse(String[] args, PrintStream out, PrintStream err) {
		Path folder = null;
		String id = null;
		for (int i = 0; i < args.length; i++) {
			var argument = args[i];
			if (argument.equals("--id") || argument.startsWith("--id=")) {
				id = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
						: (i + 1 < args.length ? args[++i] : "");
				if (!Column.SLUG.matcher(id).matches() || id.equals("regions-cn")) {
					err.println("--id takes lower-case letters, digits and hyphens, not regions-cn (the built-in"
							+ " regions'), found '" + id + "' (数据集编号只能包含小写字母、数字和连字符)");
					return LoaderCommand.USAGE;
				}
				continue;
			}
			switch (argument) {
				case "--help", "-h" -> {
					out.print(USAGE_TEXT);
					return LoaderCommand.OK;
				}
				default -> {
					if (argument.startsWith("-") || folder != null) {
						err.println("Unknown argument '" + argument + "' (未知参数)");
						err.print(USAGE_TEXT);
						return LoaderCommand.USAGE;
					}
					folder = Path.of(argument);
				}
			}
		}
		if (folder == null) {
			err.println("DIR is required: the folder to write the data set into (缺少目录参数)");
			err.print(USAGE_TEXT);
			return LoaderCommand.USAGE;
		}
		if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
			err.println(folder + " exists and is not an empty folder; nothing written: give a new folder"
					+ " (目录已存在且非空，未写入任何文件；请指定新目录)");
			return LoaderCommand.USAGE;
		}
		return new Arguments(folder, id);
	}

	/** Runs {@code export} with the given arguments on the given driver; returns the exit code. */
	public static int run(String[] args, Driver driver, PrintStream out, PrintStream err) {
		var parsed = parse(args, out, err);
		if (!(parsed instanceof Arguments arguments)) {
			return (Integer) parsed;
		}
		var folder = arguments.folder().toAbsolutePath().normalize();
		Path scratch = null;
		try {
			driver.verifyConnectivity();
			var parent = folder.getParent();
			Files.createDirectories(parent);
			scratch = Files.createTempDirectory(parent, "." + folder.getFileName() + ".export-");
			var today = LocalDate.now().toString();
			DataSetExport.Result result;
			Map<String, DataSetExport.Source> dataSets;
			boolean curated;
			String id;
			try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
					var tx = session.beginTransaction()) {
				dataSets = DataSetExport.dataSets(tx);
				curated = DataSetExport.curated(tx);
				if (arguments.id() != null && dataSets.containsKey(arguments.id())) {
					// Loaded back beside it, the export would be that data set: its next --prune would delete
					// whatever the export holds that it does not list.
					err.println("--id " + arguments.id() + " is a data set the graph records already ("
							+ dataSets.get(arguments.id()) + "): the export would be loaded as that data set. Give another"
							+ " id, or none for " + freeId(defaultId(today, dataSets.keySet()), dataSets) + " (该编号已被图中数据集使用，请另选编号). Nothing was exported.");
					return LoaderCommand.USAGE;
				}
				id = arguments.id() != null ? arguments.id() : freeId(defaultId(today, dataSets.keySet()), dataSets);
				result = DataSetExport.write(tx, scratch, id, name(today, dataSets), description(today, dataSets, curated),
						asOf(today, dataSets));
			}
			if (result.isEmpty()) {
				err.println("The graph holds no data to export (图谱中没有可导出的数据): no chain, firm or other record of a"
						+ " data set or the curation API. Nothing was written; " + arguments.folder() + " was not made.");
				return NOTHING;
			}
			Files.writeString(scratch.resolve("README.md"), readme(id, today, dataSets, curated, result), StandardCharsets.UTF_8);
			Files.move(scratch, folder, StandardCopyOption.REPLACE_EXISTING);
			scratch = null;
			out.print(summary(folder, id, arguments.folder(), result));
			return LoaderCommand.OK;
		}
		catch (ServiceUnavailableException ex) {
			err.println("Neo4j cannot be reached (无法连接 Neo4j): " + ex.getMessage()
					+ "\nNothing was exported. Check NEO4J_URI, or start ./chaingraph serve.");
			return LoaderCommand.DATABASE;
		}
		catch (Neo4jException ex) {
			err.println("Neo4j refused the export's read (数据库拒绝读取): " + ex.getMessage() + "\nNothing was exported.");
			return LoaderCommand.DATABASE;
		}
		catch (IOException | UncheckedIOException ex) {
			// A folder under a file, a full disk, no permission: the person who asked is told, no stack trace.
			var cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
			err.println(arguments.folder() + " cannot be written (无法写入该目录): " + cause.getClass().getSimpleName()
					+ (cause.getMessage() == null ? "" : " " + cause.getMessage()) + "\nNothing was exported; give a folder"
					+ " you can write (未导出任何文件，请指定可写入的目录).");
			return LoaderCommand.USAGE;
		}
		finally {
			if (scratch != null) {
				deleteRecursively(scratch);
			}
		}
	}

	/** At most this many data sets' ids go into the default id; the others are counted ({@code -and-2-more}). */
	private static final int IDS_IN_ID = 3;

	/**
	 * {@code export-<date>-<ids>}: two cities' exports of one day are two data sets where the province loads them
	 * side by side (both {@code export-<date>}, the second was taken for a reload of the first, its --prune deleting
	 * the first city's records).
	 */
	static String defaultId(String today, java.util.Collection<String> dataSets) {
		var ids = dataSets.stream().sorted().toList();
		var id = new StringBuilder("export-").append(today);
		ids.stream().limit(IDS_IN_ID).forEach(d -> id.append('-').append(d));
		if (ids.size() > IDS_IN_ID) {
			id.append("-and-").append(ids.size() - IDS_IN_ID).append("-more");
		}
		return id.toString();
	}

	/** 图谱导出 with the names of the data sets it holds: what the province's {@code dataSets} shows of it. */
	static String name(String today, Map<String, DataSetExport.Source> dataSets) {
		return "图谱导出 " + today + (dataSets.isEmpty() ? "" : " (" + dataSets.values().stream()
			.map(s -> s.name()).collect(Collectors.joining("、")) + ")");
	}

	/**
	 * The date the export's lists describe: the oldest of the data sets' when each records one (a province holding a
	 * city's lists of October holds October's, whenever it exported them), else the day of the export.
	 */
	static String asOf(String today, Map<String, DataSetExport.Source> dataSets) {
		if (dataSets.isEmpty() || dataSets.values().stream().anyMatch(s -> s.asOf() == null)) {
			return today;
		}
		return dataSets.values().stream().map(DataSetExport.Source::asOf).min(String::compareTo).orElseThrow();
	}

	/** The id asked for unless the graph records a data set of that id already: then the first free -2, -3 … */
	static String freeId(String wanted, Map<String, ?> dataSets) {
		var id = wanted;
		for (int n = 2; dataSets.containsKey(id); n++) {
			id = wanted + "-" + n;
		}
		return id;
	}

	/** What the graph holds that the export does not, in the words the summary and the README share. */
	static final String LEFT_OUT = """
			- the built-in administrative regions (provinces, cities, counties): every load writes them
			  (内置行政区划：每次导入都会写入)
			- what only the ChainKnowledgeGraph import wrote (its listed firms, industries and products, and the
			  values it added to a firm of a data set): it ships no license; import it again from its files with
			  ./chaingraph load --format chainkg (产业链知识图谱导入的数据未导出)
			- the stored firm counts (FIRM_COUNT): every load derives them (派生数据，导入时重新计算)
			- the data sets' records (id, name, loadedAt) and the audit trail of the curation API: bookkeeping of this
			  graph; the export is one data set of its own (数据集记录与审计日志未导出)
			""";

	/** Says "and what the curation API changed" only when it changed something: an office that curated nothing is not told it did. */
	static String description(String today, Map<String, DataSetExport.Source> dataSets, boolean curated) {
		return "Exported on " + today + " by ./chaingraph export from a graph holding the data sets "
				+ (dataSets.isEmpty() ? "(none)" : dataSets.entrySet().stream()
					.map(e -> e.getKey() + " (" + e.getValue() + ")")
					.collect(Collectors.joining(", ")))
				+ (curated ? " and what the curation API changed (含经 API 维护的数据)." : ".");
	}

	private static String readme(String id, String today, Map<String, DataSetExport.Source> dataSets, boolean curated,
			DataSetExport.Result result) {
		var out = new StringBuilder();
		out.append("# 图谱导出 ").append(today).append(" (data set `").append(id).append("`)\n\n");
		out.append("Written by `./chaingraph export` (").append(description(today, dataSets, curated)).append(")\n\n");
		out.append("Every record keeps its `source` and `quote`; the format of every file: FORMATS.md of ChainGraph"
				+ " (loader/FORMATS.md). Load it with `./chaingraph load <this folder>`.\n\n");
		out.append("## Files\n\n");
		result.rows().forEach((file, n) -> out.append("- `").append(file).append("`: ").append(n)
			.append(file.endsWith("/") ? " chains\n" : " rows\n"));
		out.append("\n## Left out (未导出)\n\n").append(LEFT_OUT);
		if (!result.leftOut().isEmpty()) {
			out.append("\n## Not written: the format has no place for them (无法写出)\n\n");
			result.leftOut().forEach(line -> out.append("- ").append(line).append('\n'));
		}
		return out.toString();
	}

	private static String summary(Path folder, String id, Path given, DataSetExport.Result result) {
		var out = new StringBuilder("Exported the graph to " + folder + " as data set " + id + " (已导出为数据集):\n");
		result.rows().forEach((file, n) -> out.append("  ").append(String.format("%-26s", file)).append(n)
			.append(file.endsWith("/") ? " chains" : " rows").append('\n'));
		out.append("Left out (未导出):\n");
		LEFT_OUT.lines().forEach(line -> out.append("  ").append(line).append('\n'));
		if (!result.leftOut().isEmpty()) {
			out.append("Not written, the format has no place for them (无法写出):\n");
			result.leftOut().forEach(line -> out.append("  - ").append(line).append('\n'));
		}
		out.append("Check it: ./chaingraph load ").append(ShellWord.of(given.toString())).append(" --dry-run\n");
		return out.toString();
	}

	private static boolean isEmpty(Path folder) {
		try (var files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		try (var files = Files.walk(folder)) {
			for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a scratch folder left behind starts with a dot and names itself: not worth failing the command for
		}
	}

}
