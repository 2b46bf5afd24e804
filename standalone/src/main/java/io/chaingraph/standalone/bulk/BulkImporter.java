package io.chaingraph.standalone.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Runs Neo4j's offline bulk importer ({@code neo4j-admin database import full}) in this JVM and puts the store it
 * writes in place of the embedded store's default database, or makes it the embedded store when there is none.
 * <p>
 * The importer writes into a new, separate home next to the store; only when it succeeds are the database and
 * transaction-log folders moved into place (renames on one file system), so a failed import leaves the old store
 * untouched. The embedded server must not be running on the store. The JVM needs
 * {@code --add-opens java.base/java.nio=ALL-UNNAMED}, {@code java.base/sun.nio.ch} and {@code java.base/java.lang}
 * (the launcher passes them).
 */
public final class BulkImporter {

	private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

	/** Thrown when the importer refuses the input or fails; the store is as it was. */
	public static final class ImportFailedException extends RuntimeException {

		ImportFailedException(String message) {
			super(message);
		}

	}

	private BulkImporter() {
	}

	/**
	 * Imports the files into a new database and moves it into the store.
	 * @param store the embedded store's home folder (need not exist)
	 * @param work a scratch folder on the same file system as the store, deleted by the caller
	 * @param arguments the importer's {@code --nodes}/{@code --relationships} and CSV options
	 * @param log receives the importer's progress lines
	 * @throws ImportFailedException when the import fails; the store is untouched
	 */
	public static void importInto(Path store, Path work, List<String> arguments, PrintStream log) {
		var home = work.resolve("home");
		run(home, work, arguments, log);
		moveIntoPlace(home, store, work);
	}

	private static void run(Path home, Path work, List<String> arguments, PrintStream log) {
		try {
			Files.createDirectories(home.resolve("conf"));
			Files.writeString(home.resolve("conf/neo4j.conf"), "# written for one bulk import by ChainGraph\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var command = new ArrayList<>(List.of("database", "import", "full"));
		command.addAll(arguments);
		command.add("--overwrite-destination=true");
		// The input was validated: any bad entry is a bug, and must fail the import rather than be skipped.
		command.add("--bad-tolerance=0");
		command.add("--report-file=" + work.resolve("import.report"));
		command.add(DATABASE);
		var errors = new ByteArrayOutputStream();
		var err = new PrintStream(new TeeStream(errors, log), true, StandardCharsets.UTF_8);
		int code;
		try (var fs = new DefaultFileSystemAbstraction()) {
			var context = new ExecutionContext(home, home.resolve("conf"), log, err, fs);
			code = AdminTool.execute(context, command.toArray(String[]::new));
		}
		catch (RuntimeException | LinkageError ex) {
			throw new ImportFailedException("The bulk import failed (批量导入失败): " + ex);
		}
		if (code != 0) {
			throw new ImportFailedException("The bulk import failed with exit code " + code + " (批量导入失败): "
					+ errors.toString(StandardCharsets.UTF_8).strip());
		}
	}

	/**
	 * Moves the imported database into the store: the whole home when the store does not exist yet, else the
	 * database and its transaction logs, the old ones moved aside first and back again if the move fails.
	 */
	private static void moveIntoPlace(Path home, Path store, Path work) {
		try {
			if (!Files.exists(store) || isEmptyFolder(store)) {
				Files.deleteIfExists(store);
				Files.createDirectories(store.toAbsolutePath().getParent());
				Files.move(home.resolve("data"), Files.createDirectories(store).resolve("data"),
						StandardCopyOption.ATOMIC_MOVE);
				return;
			}
			var aside = Files.createDirectories(work.resolve("replaced"));
			var moved = new ArrayList<Path[]>();
			try {
				for (var folder : List.of("databases", "transactions")) {
					var target = store.resolve("data").resolve(folder).resolve(DATABASE);
					var old = aside.resolve(folder);
					if (Files.exists(target)) {
						Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
						moved.add(new Path[] { old, target });
					}
					Files.createDirectories(target.getParent());
					Files.move(home.resolve("data").resolve(folder).resolve(DATABASE), target,
							StandardCopyOption.ATOMIC_MOVE);
				}
			}
			catch (IOException ex) {
				for (var pair : moved.reversed()) {
					deleteRecursively(pair[1]);
					Files.move(pair[0], pair[1], StandardCopyOption.ATOMIC_MOVE);
				}
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new ImportFailedException("Cannot move the imported database into " + store + ": " + ex);
		}
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Deletes a folder and everything in it; a missing folder is fine. */
	public static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder, ex);
		}
	}

	/** Writes to two streams: the error text is kept for the message and shown in the log as it comes. */
	private static final class TeeStream extends OutputStream {

		private final OutputStream first;

		private final OutputStream second;

		TeeStream(OutputStream first, OutputStream second) {
			this.first = first;
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			this.first.write(b);
			this.second.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.first.write(bytes, offset, length);
			this.second.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.first.flush();
			this.second.flush();
		}

	}

}
