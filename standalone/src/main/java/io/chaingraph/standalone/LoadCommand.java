package io.chaingraph.standalone;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import io.chaingraph.api.system.StartProblem;
import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.standalone.bulk.BulkImporter;
import io.chaingraph.standalone.bulk.FirstLoad;
import io.chaingraph.standalone.bulk.UnfinishedFirstLoad;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.standalone.embedded.OnEmbeddedNeo4j;
import io.chaingraph.standalone.embedded.StorePassword;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Values;
import org.slf4j.LoggerFactory;

/**
 * {@code ./chaingraph load}: runs the loader against the right Neo4j. With {@code NEO4J_URI}, that one; otherwise
 * the running {@code ./chaingraph serve} of the store when its Bolt port answers; otherwise the embedded store itself,
 * opened for the load and closed after it. Another Neo4j answering on the service's Bolt port is refused, never
 * written to: only {@code NEO4J_URI} names a Neo4j other than the store's own.
 * <p>
 * Into the embedded store, a large data set (or any, with {@code --bulk}) whose target store is missing or holds an
 * empty graph goes through Neo4j's offline bulk importer ({@link FirstLoad}): the same graph, many times faster.
 * Everything else, and every load with {@code --no-bulk}, is the transactional loader.
 */
final class LoadCommand {

	/**
	 * From this much CSV on, a first load into the embedded store takes the bulk importer: about 36,000 generated
	 * firms. The transactional loader holds the whole load in one transaction, which Neo4j caps at 70 % of the heap
	 * (1.4 GiB of the default 2 GiB): 50,000 generated firms (8.3 MB) went through, 100,000 (16.3 MB) did not, and
	 * 16 MiB, the bound before, sent the 100,000 its way. The bulk importer is the faster of the two from about
	 * 50,000 firms on and costs a few seconds more below.
	 */
	static final long BULK_FROM_BYTES = 6L << 20;

	static final String USAGE_TEXT = "usage: load [DIR | --demo] [--format chaingraph|chainkg] [--dry-run] [--prune [--prune-max SHARE]]"
			+ " [--restore-removed]"
			+ " [--bulk | --no-bulk]\n" + LoaderCommand.OPTIONS_TEXT + """
			  --bulk      load DIR into the empty embedded store with Neo4j's offline bulk importer, whatever its
			              size: validated first like any load, the same graph, many times faster (批量首次导入)
			  --no-bulk   always use the transactional loader
			The built-in administrative regions of China are loaded with every data set.
			Where it writes: NEO4J_URI when set; else the running ./chaingraph serve of the store
			(CHAINGRAPH_EMBEDDED_DATADIR) on its Bolt address (CHAINGRAPH_EMBEDDED_BOLTADDRESS), signed in as neo4j
			with the store's password (its file neo4j-password, or CHAINGRAPH_EMBEDDED_PASSWORD); else the embedded
			store. Another Neo4j answering on that address, or refusing that password, is not written to: the load stops with exit code 3
			(该地址上的 Neo4j 不是本数据库的服务时拒绝导入). Into an embedded store that is missing or holds no data,
			a data set of 6 MB of CSV or more (an .xlsx table counts three times its size) takes the bulk importer
			without --bulk; everything else is one transaction of the transactional loader.
			""";

	private LoadCommand() {
	}

	private enum Bulk {

		AUTO, ALWAYS, NEVER

	}

	static int run(String[] arguments) {
		consoleLogTo("System.err");
		return run(arguments, System.getenv());
	}

	/**
	 * Sends the console's log lines (the embedded Neo4j's start and stop) to {@code System.err} or {@code System.out}.
	 * A load's output ends with the line that says whether the graph changed, which a script greps: the embedded
	 * Neo4j's "stopped" line, logged after it, had been the last line instead.
	 */
	static void consoleLogTo(String target) {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			for (var appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); appenders
				.hasNext();) {
				if (appenders.next() instanceof ConsoleAppender<?> console) {
					console.stop();
					console.setTarget(target);
					console.start();
				}
			}
		}
	}

	/** {@link #run(String[])} with the environment given, as the launcher would set it. */
	static int run(String[] arguments, Map<String, String> env) {
		var bulk = Bulk.AUTO;
		var args = new ArrayList<String>();
		for (var argument : arguments) {
			switch (argument) {
				case "--bulk" -> bulk = Bulk.ALWAYS;
				case "--no-bulk" -> bulk = Bulk.NEVER;
				case "--help", "-h" -> {
					System.out.print(USAGE_TEXT);
					return LoaderCommand.OK;
				}
				default -> args.add(argument);
			}
		}
		var rest = args.toArray(String[]::new);
		if (!OnEmbeddedNeo4j.EmbeddedCondition.embedded(env.get("CHAINGRAPH_EMBEDDED_ENABLED"), env.get("NEO4J_URI"))) {
			if (bulk == Bulk.ALWAYS) {
				return usage("--bulk writes the embedded store's files; with NEO4J_URI set, load without it"
						+ " (批量导入仅适用于内置数据库)");
			}
			try (var driver = LoaderCommand.driverFor(env)) {
				return LoaderCommand.run(rest, driver, System.out, System.err);
			}
		}
		var boltAddress = env.getOrDefault("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:7687");
		var dataDir = Path.of(env.getOrDefault("CHAINGRAPH_EMBEDDED_DATADIR", "data/graph"));
		var password = env.get("CHAINGRAPH_EMBEDDED_PASSWORD");
		try (var onBolt = OnBolt.of(boltAddress, dataDir, password)) {
			if (onBolt.driver() != null) {
				// Only the service of this store is written through (OnBolt).
				if (!onBolt.thisStore(dataDir)) {
					System.err.print(notThisStore("bolt://" + boltAddress, onBolt.found(), dataDir));
					return LoaderCommand.DATABASE;
				}
				if (bulk == Bulk.ALWAYS) {
					return usage("--bulk needs the store offline: stop ./chaingraph serve first (请先停止服务)");
				}
				System.out.println(into("the running service's Neo4j at bolt://" + boltAddress, args));
				return LoaderCommand.run(rest, onBolt.driver(), System.out, System.err);
			}
		}
		try {
			return intoStore(dataDir, args, password, bulk);
		}
		catch (StartProblem ex) {
			// The store would not open: in a cron job mostly a service that is starting, or that runs on another Bolt
			// address than this load's. It was a stack trace and exit code 1, the code of invalid input.
			System.err.println(notStarted(ex, boltAddress));
			return LoaderCommand.DATABASE;
		}
	}

	/** {@link #run} where no Neo4j answers on the service's Bolt address: the bulk first load or the embedded store. */
	private static int intoStore(Path dataDir, List<String> args, String password, Bulk bulk) {
		var folder = bulkCandidate(args);
		if (bulk == Bulk.ALWAYS && folder == null) {
			return usage("--bulk loads one data set folder (no --demo, --dry-run or --format chainkg)");
		}
		if (folder != null && (bulk == Bulk.ALWAYS || (bulk == Bulk.AUTO && large(folder)))) {
			if (isEmpty(dataDir)) {
				return firstLoad(folder, dataDir);
			}
			if (bulk == Bulk.ALWAYS) {
				return usage("--bulk loads into an empty store only, and " + dataDir.toAbsolutePath()
						+ " holds a graph: load without --bulk (批量导入仅适用于空数据库)");
			}
		}
		var missing = missingFolder(args);
		if (missing != null) {
			// Said before the embedded server starts (seconds), in the loader's words.
			System.err.println(new LoadException(List.of(new LoadProblem(missing, 0, null, "a data set folder",
					"no such folder (文件夹不存在)"))).getMessage());
			return LoaderCommand.INVALID_INPUT;
		}
		return intoEmbedded(dataDir, args, password);
	}

	/**
	 * How to sign in to the service of the store: user neo4j with the store's password (CHAINGRAPH_EMBEDDED_PASSWORD,
	 * else its file); without either, no password (a service of an older ChainGraph ran without one). Reading the
	 * file makes nothing: a store the load only checks against must stay as it is.
	 */
	static AuthToken storeAuth(Path dataDir, String password) {
		var known = password != null && !password.isBlank() ? Optional.of(password.strip())
				: StorePassword.read(dataDir);
		return known.map(p -> AuthTokens.basic(StorePassword.USER, p)).orElseGet(AuthTokens::none);
	}

	/**
	 * Opens the embedded store for the load and closes it after. A dry run where there is no store yet checks
	 * against an empty graph in a temporary folder, removed after: it made the store's folder, and a check is to
	 * leave nothing behind.
	 */
	static int intoEmbedded(Path dataDir, List<String> args, String password) {
		var unfinished = UnfinishedFirstLoad.in(dataDir);
		if (unfinished.isPresent()) {
			// Written into, it would look finished: a graph without its schema or the first data set's record.
			System.err.println(unfinished.get().problem() + "\n" + unfinished.get().action());
			return LoaderCommand.DATABASE;
		}
		boolean scratch = args.contains("--dry-run") && !Files.exists(dataDir);
		Path store;
		try {
			store = scratch ? Files.createTempDirectory("chaingraph-dry-run") : dataDir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(into(scratch ? "an empty graph (no store at " + dataDir.toAbsolutePath()
				+ " yet, and none is made)" : "the embedded store at " + dataDir.toAbsolutePath(), args));
		// The load's exit code, for what a close past the limit says the graph holds.
		var code = new int[] { LoaderCommand.DATABASE };
		try {
			var embedded = EmbeddedNeo4j.start(store, "localhost:0", "512m", password);
			try (var driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), LoaderCommand.QUIET)) {
				code[0] = LoaderCommand.run(args.toArray(String[]::new), driver, System.out, System.err);
				return code[0];
			}
			finally {
				CloseWatchdog.close(embedded::close, CloseWatchdog.LIMIT,
						() -> CloseWatchdog.notice(CloseWatchdog.LIMIT, code[0], args.contains("--dry-run")), System.err,
						Runtime.getRuntime()::halt);
			}
		}
		finally {
			if (scratch) {
				BulkImporter.deleteRecursively(store);
			}
		}
	}

	/**
	 * Why a load into the embedded store did not start and what to do, with what the graph holds last: the line a
	 * log or a mail of a scheduled load ends with.
	 */
	static String notStarted(StartProblem problem, String boltAddress) {
		var out = new StringBuilder(problem.getMessage()).append('\n');
		if (EmbeddedNeo4j.heldByAnotherProcess(problem)) {
			out.append("""
					If ./chaingraph serve of this store is starting, wait until it is ready and load again; if it is \
					running, set CHAINGRAPH_EMBEDDED_BOLTADDRESS to its Bolt address (this load looked at %s) and the \
					load goes through it (服务正在启动时请待其就绪后重新导入；服务已运行时请将 \
					CHAINGRAPH_EMBEDDED_BOLTADDRESS 设为其 Bolt 地址). Otherwise:\s""".formatted(boltAddress));
		}
		return out.append(problem.action()).append("\nNothing was loaded (未导入任何数据): the graph is as it was.")
			.toString();
	}

	private static int firstLoad(Path folder, Path dataDir) {
		var log = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-import.log");
		System.out.println("Loading " + folder + " into the empty embedded store at " + dataDir.toAbsolutePath()
				+ " with Neo4j's bulk importer (首次导入：批量导入); its log: " + log);
		try (var importLog = new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8)) {
			var result = FirstLoad.run(folder, dataDir, "512m", importLog, System.out, System.err, driver -> {
			});
			System.out.print(result.render());
			return LoaderCommand.OK;
		}
		catch (LoadException ex) {
			System.err.println(ex.getMessage());
			return LoaderCommand.INVALID_INPUT;
		}
		catch (BulkImporter.ImportFailedException ex) {
			System.err.println(ex.getMessage() + "\nThe store is as it was (数据库未改变). The importer's log: " + log);
			return LoaderCommand.DATABASE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the load goes, or for a dry run what it is checked against (references to what the graph holds). */
	static String into(String where, List<String> args) {
		return args.contains("--dry-run") ? "Checking against " + where + "; nothing will be written (仅校验，不写入)"
				: "Loading into " + where;
	}

	/**
	 * The folder the command line names when it does not exist, else null ({@code --format}'s and {@code --prune-max}'s
	 * values are no folder).
	 */
	static String missingFolder(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			var argument = args.get(i);
			if (argument.equals("--format") || argument.equals("--prune-max")) {
				i++;
			}
			else if (!argument.startsWith("-") && !Files.isDirectory(Path.of(argument))) {
				return argument;
			}
		}
		return null;
	}

	/** The data set folder of a plain {@code load DIR [--prune]}, the only load the bulk importer can do; or null. */
	static Path bulkCandidate(List<String> args) {
		Path folder = null;
		boolean share = false;
		for (var argument : args) {
			if (share) {
				share = false;
				continue; // --prune-max's value
			}
			if (argument.equals("--prune") || argument.equals("--restore-removed")
					|| argument.startsWith("--prune-max")) {
				share = argument.equals("--prune-max");
				continue; // nothing to prune or to restore in an empty graph
			}
			if (argument.startsWith("-") || folder != null) {
				return null;
			}
			folder = Path.of(argument);
		}
		return folder != null && Files.isRegularFile(folder.resolve("dataset.yaml")) ? folder : null;
	}

	/** Whether a first load of this folder takes the bulk importer without being told: {@link #BULK_FROM_BYTES}. */
	static boolean large(Path folder) {
		return csvBytes(folder) >= BULK_FROM_BYTES;
	}

	/**
	 * The size of the data set's tables as CSV; a workbook counts three times its size (its XML is compressed: the
	 * synthetic tables as workbooks are 2.2–2.3 times smaller than as CSV).
	 */
	private static long csvBytes(Path folder) {
		try (var files = Files.list(folder)) {
			return files.mapToLong(f -> f.toString().endsWith(".csv") ? f.toFile().length()
					: f.toString().endsWith(".xlsx") ? 3 * f.toFile().length() : 0).sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * Whether the store is missing, holds no data (schema bookkeeping aside), or holds a first load that did not
	 * finish, which a first load replaces.
	 */
	static boolean isEmpty(Path dataDir) {
		if (!Files.exists(dataDir)) {
			return true;
		}
		var unfinished = UnfinishedFirstLoad.in(dataDir);
		if (unfinished.isPresent()) {
			System.out.println(unfinished.get().problem() + " It is replaced (重新导入).");
			return true;
		}
		try (var embedded = EmbeddedNeo4j.start(dataDir, "localhost:0", "128m");
				var driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), LoaderCommand.QUIET);
				var session = driver.session()) {
			return session.run(CypherCatalog.standard().query("system/graph-is-empty")).single().get("empty").asBoolean();
		}
	}

	/**
	 * What a Neo4j on the embedded Bolt address says about itself: its name and version, and where it keeps its
	 * store (null for what it does not tell).
	 */
	record StoreFolders(String agent, String home, String data) {

		/** A Neo4j that refused user neo4j with the store's password (or no password, when the store has none). */
		static final StoreFolders REFUSED = new StoreFolders(null, "not told: it refused user neo4j with this store's"
				+ " password (它拒绝了本数据库的密码; the password: CHAINGRAPH_EMBEDDED_PASSWORD, else the file "
				+ StorePassword.FILE_NAME + " in the store)", null);

		static StoreFolders of(Driver driver) {
			var names = List.of("server.directories.neo4j_home", "server.directories.data");
			try (var session = driver.session()) {
				var result = session.run(CypherCatalog.standard().query("system/store-folders"),
						Values.parameters("names", names));
				var values = new HashMap<String, String>();
				result.forEachRemaining(r -> values.put(r.get("name").asString(), r.get("value").asString(null)));
				return new StoreFolders(result.consume().server().agent(), values.get(names.get(0)),
						values.get(names.get(1)));
			}
			catch (RuntimeException ex) {
				// Not a Neo4j that shows its settings (so no ChainGraph service): it cannot be shown to be this store's.
				return new StoreFolders(null, null, null);
			}
		}

		/**
		 * Whether this Neo4j runs on the store in {@code dataDir}: its home is that folder and its data that
		 * folder's, as the embedded server sets them. Compared as files, not names: the service may have been given
		 * the folder relatively, or through a symbolic link.
		 */
		boolean serve(Path dataDir) {
			if (this.home == null || this.data == null) {
				return false;
			}
			var home = Path.of(this.home);
			return sameFile(home, dataDir) && sameFile(home.resolve(this.data), dataDir.resolve("data"));
		}

		private static boolean sameFile(Path a, Path b) {
			try {
				return Files.isSameFile(a, b);
			}
			catch (IOException ex) {
				return false; // one of them is missing: not the same folder
			}
		}

	}

	/** Why a load does not go through the Neo4j on the embedded Bolt address, and what to do instead. */
	static String notThisStore(String boltUri, StoreFolders found, Path dataDir) {
		var who = found.agent() == null ? "" : " (" + found.agent() + ")";
		var where = found.home() == null ? "not told (it does not show its settings: not a ChainGraph service)"
				: found.home();
		return """
				Nothing was loaded: the Neo4j answering at %1$s%2$s
				is not the ChainGraph service of the store this load is for, and a load writes nowhere else unless told to.
				该地址上的 Neo4j 不是本数据库的 ChainGraph 服务，未导入（也未校验）任何数据。
				  that Neo4j's store (该 Neo4j 的数据库):  %3$s
				  this load's store (本次导入的数据库):    %4$s (CHAINGRAPH_EMBEDDED_DATADIR)
				Do one of these (任选其一):
				  - stop the process that holds %1$s (another ./chaingraph serve, or another Neo4j) and load again;
				    with nothing there the load goes straight into this store (停止该进程后重新导入);
				  - set CHAINGRAPH_EMBEDDED_BOLTADDRESS to the address ./chaingraph serve of this store listens on, or,
				    when it is not running, to a free one such as localhost:7688
				    (将 CHAINGRAPH_EMBEDDED_BOLTADDRESS 设为本服务的 Bolt 地址，或服务未运行时设为空闲地址);
				  - to load into that Neo4j on purpose, set NEO4J_URI=%1$s (确需导入该 Neo4j 时设置 NEO4J_URI).
				""".formatted(boltUri, who, where, dataDir.toAbsolutePath());
	}

	private static int usage(String message) {
		System.err.println(message);
		return LoaderCommand.USAGE;
	}

	/**
	 * What answers on the store's Bolt address, for a command of the store (load, export) to go through: nothing
	 * ({@code driver} null: the command opens the store itself), or a Neo4j and the store it serves ({@code found}).
	 * Any Neo4j may answer there: only the service of this store is gone through ({@link #thisStore}). One that
	 * refuses the store's password is not its service (or its password was changed behind it): never gone past.
	 */
	record OnBolt(Driver driver, StoreFolders found) implements AutoCloseable {

		static OnBolt of(String boltAddress, Path dataDir, String password) {
			var running = GraphDatabase.driver("bolt://" + boltAddress, storeAuth(dataDir, password), LoaderCommand.QUIET);
			var answer = answers(running);
			if (answer == Answer.NOTHING) {
				running.close();
				return new OnBolt(null, null);
			}
			try {
				return new OnBolt(running, answer == Answer.REFUSED ? StoreFolders.REFUSED : StoreFolders.of(running));
			}
			catch (RuntimeException ex) {
				running.close();
				throw ex;
			}
		}

		/** Whether the Neo4j that answered is the running service of this store. */
		boolean thisStore(Path dataDir) {
			return this.found.serve(dataDir);
		}

		@Override
		public void close() {
			if (this.driver != null) {
				this.driver.close();
			}
		}

	}

	private enum Answer {

		NOTHING, SIGNED_IN, REFUSED

	}

	private static Answer answers(Driver driver) {
		try {
			driver.verifyConnectivity();
			return Answer.SIGNED_IN;
		}
		catch (org.neo4j.driver.exceptions.SecurityException ex) {
			return Answer.REFUSED;
		}
		catch (RuntimeException ex) {
			return Answer.NOTHING;
		}
	}

}
