package io.chaingraph.standalone.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.chaingraph.api.system.StartProblem;
import io.chaingraph.loader.ShellWord;

/**
 * The mark a first load ({@link FirstLoad}) keeps in its store from the moment the imported graph is moved in until
 * the data set is recorded. A first load stopped there (Ctrl-C while the server starts, a failed migration) left a
 * store that looked like any loaded one: the graph without its schema or its data set record, so a later load
 * rewrote every row through the transactional loader and nothing said why. Now {@code serve} refuses such a store
 * and {@code load … --bulk} takes it for empty and loads again from the start.
 *
 * @param store the store's folder
 * @param dataSet the data set folder the first load read
 * @param started when the first load began, Beijing time
 */
public record UnfinishedFirstLoad(Path store, String dataSet, String started) {

	/** The mark's file in the store's folder: the data set folder, then the time. */
	static final String FILE_NAME = "first-load-unfinished";

	/** Marks the store: the imported graph is in place, its schema and record not yet written. */
	static void mark(Path store, Path dataSet, OffsetDateTime started) {
		try {
			Files.writeString(store.resolve(FILE_NAME), dataSet.toAbsolutePath().normalize() + "\n"
					+ started.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
					+ "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot mark the store " + store + " as being loaded", ex);
		}
	}

	/** Takes the mark away: the first load is recorded. */
	static void clear(Path store) {
		try {
			Files.deleteIfExists(store.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + store.resolve(FILE_NAME), ex);
		}
	}

	/** The unfinished first load the store holds, if it holds one. */
	public static Optional<UnfinishedFirstLoad> in(Path store) {
		var file = store.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return Optional.of(new UnfinishedFirstLoad(store.toAbsolutePath(), lines.isEmpty() ? "?" : lines.get(0),
					lines.size() < 2 ? "?" : lines.get(1)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * The unfinished first load the store holds once no first load runs on it: while one does (from its import until
	 * it is recorded the store carries the mark), waits up to {@code wait} for it to end, calling {@code waiting}
	 * once. A service started meanwhile had refused the store as if that load had been stopped.
	 */
	public static Optional<UnfinishedFirstLoad> whenNoneRuns(Path store, Duration wait, Runnable waiting) {
		long deadline = System.nanoTime() + wait.toNanos();
		boolean said = false;
		while (true) {
			var unfinished = in(store);
			if (unfinished.isEmpty() || !Scratch.inUseBeside(store) || System.nanoTime() - deadline >= 0) {
				return unfinished;
			}
			if (!said) {
				waiting.run();
				said = true;
			}
			try {
				Thread.sleep(RETRY);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return unfinished;
			}
		}
	}

	/** How often {@link #whenNoneRuns} looks again. */
	static final Duration RETRY = Duration.ofMillis(500);

	/** What the store holds, in words. */
	public String problem() {
		return "The store " + this.store + " holds a first load that did not finish (首次导入未完成): the bulk import of "
				+ this.dataSet + " started " + this.started + " (北京时间) was stopped after the import, before its schema"
				+ " and its data set record were written.";
	}

	/** The command that finishes it, or the other way out. */
	public String action() {
		var folder = ShellWord.of(this.dataSet);
		return "Run ./chaingraph load " + folder + " --bulk to load it again from the start (请重新运行该导入命令), or"
				+ " remove the folder " + this.store + " to start from an empty graph.";
	}

	/** Why {@code serve} does not start on the store. */
	public StartProblem startProblem() {
		return new StartProblem(problem(), action());
	}

}
