package io.chaingraph.loader;

import java.io.PrintStream;
import java.nio.file.Path;

import io.chaingraph.loader.chainkg.ChainKgImporter;
import io.chaingraph.loader.dataset.ExportCommand;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.model.schema.MigrationException;
import io.chaingraph.model.schema.NewerSchemaException;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * {@code load} on the command line. Exit codes: 0 loaded (or validated, with {@code --dry-run}); 1 the input has
 * problems and nothing was written; 2 the command line is wrong; 3 Neo4j could not be reached or refused the
 * write, or the graph's schema cannot be brought to this loader's (a newer ChainGraph migrated it), and nothing was
 * written.
 */
public final class LoaderCommand {

	/** Exit code: done. */
	public static final int OK = 0;

	/** Exit code: the input is invalid; the graph is unchanged. */
	public static final int INVALID_INPUT = 1;

	/** Exit code: the command line is wrong. */
	public static final int USAGE = 2;

	/** Exit code: Neo4j unreachable, the write failed or the graph's schema does not fit; the graph is unchanged. */
	public static final int DATABASE = 3;

	/** The options this loader and {@code ./chaingraph load} share. */
	public static final String OPTIONS_TEXT = """
			  DIR         a data set folder in the chaingraph/v1 format (loader/FORMATS.md): chains in YAML, each
			              table as CSV or as an Excel workbook (enterprises.csv or enterprises.xlsx); or with
			              --format chainkg a folder of the public ChainKnowledgeGraph files (loader/CHAINKG.md)
			  --demo      the demo data set shipped with ChainGraph (the default when no DIR is given)
			  --dry-run   read and validate everything, write nothing
			  --prune     also remove what this data set loaded before and no longer lists (not with chainkg);
			              with --dry-run it lists what it would remove (清理：删除本数据集不再列出的数据);
			              refused, nothing written, when it would remove more than 10% of a type this data set
			              loaded before (and more than 20), or all of a file missing or empty now: a file cut short
			  --prune-max SHARE
			              what --prune may remove of each type, e.g. 30%; 100% confirms any removal, an
			              emptied file too (确认删除：允许清理的比例上限，默认 10%)
			  --restore-removed
			              also write the rows that list what a curator removed through the API (a firm, a link,
			              a designation) before this load began; without it they are left out and listed; one a
			              curator makes while the load runs stays removed (恢复导入开始前经 API 删除的数据)
			""";

	static final String USAGE_TEXT = "usage: load [DIR | --demo] [--format chaingraph|chainkg] [--dry-run] [--prune [--prune-max SHARE]] [--restore-removed]\n"
			+ OPTIONS_TEXT + """
			The built-in administrative regions of China are loaded with every data set.
			The loader jar writes over Bolt to NEO4J_URI, all of a load in one transaction. The bulk first load into
			an empty embedded store (Neo4j's offline importer, --bulk / --no-bulk) is in the standalone bundle only:
			./chaingraph load DIR --bulk (see ./chaingraph load --help).
			批量首次导入（--bulk）仅在独立发行包中提供：./chaingraph load DIR --bulk。
			The loader jar exports too: export DIR [--id ID] writes the graph of NEO4J_URI as a data set folder
			that load takes back (export --help; 导出为数据集).
			""";

	/** The command line shows its own messages; the driver's INFO lines are noise there. */
	public static final org.neo4j.driver.Config QUIET = org.neo4j.driver.Config.builder()
		.withLogging(org.neo4j.driver.Logging.none())
		.build();

	private LoaderCommand() {
	}

	/**
	 * The executable loader jar: reaches Neo4j through NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD. Its arguments
	 * are {@code load}'s, or {@code export DIR …} for the export.
	 */
	public static void main(String[] args) {
		try (var driver = driverFor(System.getenv())) {
			System.exit(command(args, driver, System.out, System.err));
		}
	}

	/** The loader jar's command line: {@code export …} exports, anything else loads. */
	static int command(String[] args, Driver driver, PrintStream out, PrintStream err) {
		if (args.length > 0 && args[0].equals("export")) {
			return ExportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), driver, out, err);
		}
		return run(args, driver, out, err);
	}

	/**
	 * A driver on the Neo4j the environment names: NEO4J_URI (default bolt://localhost:7687), NEO4J_USERNAME
	 * (default neo4j) and NEO4J_PASSWORD (none: no authentication), the same variables the API reads.
	 */
	public static Driver driverFor(java.util.Map<String, String> env) {
		var uri = env.getOrDefault("NEO4J_URI", "bolt://localhost:7687");
		var password = env.get("NEO4J_PASSWORD");
		var auth = password == null || password.isEmpty() ? AuthTokens.none()
				: AuthTokens.basic(env.getOrDefault("NEO4J_USERNAME", "neo4j"), password);
		return GraphDatabase.driver(uri, auth, QUIET);
	}

	/** Runs {@code load} with the given arguments on the given driver; returns the exit code. */
	public static int run(String[] args, Driver driver, PrintStream out, PrintStream err) {
		boolean dryRun = false;
		boolean prune = false;
		Double pruneMax = null;
		boolean restoreRemoved = false;
		boolean demo = false;
		boolean chainKg = false;
		Path folder = null;
		for (int i = 0; i < args.length; i++) {
			var argument = args[i];
			if (argument.startsWith("--format")) {
				var format = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
						: (i + 1 < args.length ? args[++i] : "");
				if (!format.equals("chainkg") && !format.equals("chaingraph")) {
					err.println("Unknown format '" + format + "': chaingraph (default) or chainkg (未知的数据格式)");
					return USAGE;
				}
				chainKg = format.equals("chainkg");
				continue;
			}
			if (argument.equals("--prune-max") || argument.startsWith("--prune-max=")) {
				var share = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
						: (i + 1 < args.length ? args[++i] : "");
				pruneMax = PruneGuard.parseMax(share);
				if (pruneMax == null) {
					err.println("--prune-max takes a share from 0% to 100% (e.g. 30%, or 100% to confirm any removal), found '"
							+ share + "' (清理比例上限应为 0% 到 100%)");
					return USAGE;
				}
				continue;
			}
			switch (argument) {
				case "--demo" -> demo = true;
				case "--dry-run" -> dryRun = true;
				case "--prune" -> prune = true;
				case "--restore-removed" -> restoreRemoved = true;
				case "--help", "-h" -> {
					out.print(USAGE_TEXT);
					return OK;
				}
				default -> {
					if (argument.startsWith("-") || folder != null) {
						err.println("Unknown argument '" + argument + "' (未知参数)");
						err.print(USAGE_TEXT);
						return USAGE;
					}
					folder = Path.of(argument);
				}
			}
		}
		if (demo && folder != null) {
			err.println("Give a data set folder or --demo, not both (只能指定一个数据集)");
			err.print(USAGE_TEXT);
			return USAGE;
		}
		if (chainKg && folder == null) {
			err.println("--format chainkg needs the folder of the ChainKnowledgeGraph files (请指定数据文件夹)");
			return USAGE;
		}
		if (chainKg && prune) {
			err.println("--prune is for data sets in the chaingraph format; a ChainKnowledgeGraph import only adds and "
					+ "updates (--prune 仅适用于 chaingraph 格式的数据集，产业链知识图谱导入只新增和更新)");
			return USAGE;
		}
		if (pruneMax != null && !prune) {
			err.println("--prune-max sets how much --prune may remove: give --prune too (--prune-max 需与 --prune 同用)");
			return USAGE;
		}
		var progress = chainKg ? null : Progress.console();
		boolean checkOnly = dryRun;
		// Ctrl-C or SIGTERM mid-load ended in silence: the person who stopped it is told what the graph holds.
		var stopped = new Thread(() -> {
			var notice = stopNotice(progress, checkOnly);
			if (notice != null) {
				err.println();
				err.println(notice);
				err.flush();
			}
		}, "chaingraph-load-stopped");
		Runtime.getRuntime().addShutdownHook(stopped);
		try {
			// A Neo4j that is not there is said at once: the load's retries would wait 30 s for it.
			driver.verifyConnectivity();
			if (chainKg) {
				out.print(new ChainKgImporter(driver).importDirectory(folder, dryRun, restoreRemoved).render());
				return OK;
			}
			var loader = new GraphLoader(driver, progress);
			var options = new GraphLoader.Options(dryRun, prune, restoreRemoved,
					pruneMax == null ? PruneGuard.DEFAULT_MAX : pruneMax);
			var summary = folder == null ? loader.loadShipped(options) : loader.load(folder, options);
			out.print(summary.render());
			return OK;
		}
		catch (LoadException ex) {
			err.println(ex.getMessage());
			return INVALID_INPUT;
		}
		catch (MigrationException ex) {
			// a graph a newer ChainGraph migrated, or an applied migration file changed since: nothing written
			err.println(ex instanceof NewerSchemaException ? ex.getMessage()
					: "The graph's schema could not be migrated (数据库结构迁移失败): " + ex.getMessage()
							+ "\nThe data set was not loaded; nothing of it was written (数据集未导入).");
			return DATABASE;
		}
		catch (ServiceUnavailableException ex) {
			err.println("Neo4j cannot be reached (无法连接 Neo4j): " + ex.getMessage()
					+ "\nNothing was written. Check NEO4J_URI, or start ./chaingraph serve.");
			return DATABASE;
		}
		catch (Neo4jException ex) {
			err.println(refused(ex, progress == null ? null : progress.stage()));
			return DATABASE;
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(stopped);
			}
			catch (IllegalStateException ex) {
				// the process is shutting down: the notice is being said
			}
		}
	}

	/**
	 * What a load stopped by its user (Ctrl-C, SIGTERM) tells them, or null when it had finished. A load is one
	 * transaction: before its commit the graph holds none of it (Neo4j rolls back what the closed connection left);
	 * during the commit, all or none. A ChainKnowledgeGraph import (no progress) is one transaction too.
	 */
	static String stopNotice(Progress progress, boolean dryRun) {
		var stage = progress == null ? null : progress.stage();
		if (stage == Progress.Stage.DONE) {
			return null;
		}
		if (dryRun) {
			return "Stopped before the check finished (校验已中断). A dry run writes nothing: the graph is as it was.";
		}
		if (stage == Progress.Stage.READING || stage == Progress.Stage.WRITING) {
			return "Stopped before the load finished (导入已中断): nothing of it was written, the graph is as it was"
					+ " before (图谱未改变). Run the same command again to load it.";
		}
		return "Stopped " + (stage == null ? "before the import finished" : "while Neo4j committed the load")
				+ " (导入已中断): Neo4j writes a load whole or not at all, so the graph holds all of it or none of it,"
				+ " never a part (不会只写入一部分). Run the same command again: what is already there stays unchanged.";
	}

	/** Neo4j's words for a key it holds already: "… with label `Enterprise` and property `creditCode` = '9136…'". */
	private static final java.util.regex.Pattern HELD = java.util.regex.Pattern
		.compile("label `(\\w+)` and propert(?:y|ies) `?(\\w+)`? = (.+?)\\s*$");

	/**
	 * What a failed load tells the person who ran it, knowing where it stopped: Neo4j failing in its own commit is
	 * not a refusal (see below), so it is not said to have written nothing.
	 */
	static String refused(Neo4jException ex, Progress.Stage stage) {
		if (tooBig(ex)) {
			// Neo4j's memory limit for one transaction (70 % of the embedded store's heap): it refuses the allocation,
			// so the load is rolled back, wherever it stopped. A 100,000-firm data set just under the bulk load's
			// 16 MiB went this way into an empty store, and was told to look for a full disk.
			return "Neo4j refused the load: it is too big for one transaction in the memory Neo4j has"
					+ " (数据量超出单个事务的内存上限，未写入任何数据): " + ex.getMessage() + "\nNothing of it was written. Into a"
					+ " missing or empty store, load it with --bulk (Neo4j's bulk importer, no transaction; 空库请加 --bulk);"
					+ " into a graph that holds data, give Neo4j more memory: CHAINGRAPH_JAVA_OPTS=-Xmx4g for the embedded"
					+ " store, dbms.memory.transaction.total.max (and dbms.memory.transaction.max where set) and the heap for a"
					+ " Neo4j server (或增大 Neo4j 内存后重新导入).";
		}
		if (stage == Progress.Stage.COMMITTING && (ex.code() == null || !ex.code().startsWith("Neo.ClientError"))) {
			// Neo4j failed in its own commit (a full disk: "Could not apply the transaction … after written to log"),
			// not refusing the load: its transaction log may hold the load, and its next start applies it. "Nothing
			// was written" had been said, and the load was in the graph after the restart.
			return "Neo4j failed while it committed the load (提交时数据库出错): " + ex.getMessage() + "\nNeo4j writes a"
					+ " load whole or not at all, so the graph holds all of it or none of it, never a part; which one,"
					+ " Neo4j knows once it runs again (不会只写入一部分). Mend the cause (a full disk? Neo4j's log says),"
					+ " then run the same command again: what is already there stays unchanged.";
		}
		return refused(ex);
	}

	/**
	 * Neo4j's memory limit for transactions, reached by the load: the pool of all of them
	 * (dbms.memory.transaction.total.max, what the embedded store sets) or, on a server that sets it, the limit of one
	 * (dbms.memory.transaction.max, TransactionMemoryLimit: the code the API reads as a question to narrow down).
	 */
	private static boolean tooBig(Neo4jException ex) {
		return (ex.code() != null && (ex.code().contains("MemoryPoolOutOfMemoryError")
				|| ex.code().endsWith(".TransactionMemoryLimit")))
				|| (ex.getMessage() != null && ex.getMessage().contains("dbms.memory.transaction.total.max"));
	}

	/**
	 * What a refused load tells the person who ran it. A unique key (a credit code, a stock code) broken at the commit
	 * means another load or change wrote it after this one's checks (the checks name the file and row of a key the
	 * graph already holds): said so, with the value, instead of Neo4j's node number.
	 */
	static String refused(Neo4jException ex) {
		var held = ex.code() != null && ex.code().contains("ConstraintValidationFailed")
				? HELD.matcher(ex.getMessage() == null ? "" : ex.getMessage().strip()) : null;
		if (held != null && held.find()) {
			return "Another load or change gave " + held.group(2) + " " + held.group(3) + " to another " + held.group(1)
					+ " while this load ran: Neo4j refused the load at its end. Nothing of it was written. Load again:"
					+ " its checks will then name the file and row"
					+ " (其他导入或修改同时写入了相同的 " + held.group(2) + "，本次导入未写入任何数据；请重新导入，检查会指出具体文件与行)";
		}
		return "Neo4j refused the load (数据库拒绝写入): " + ex.getMessage() + "\nNothing was written.";
	}

}
