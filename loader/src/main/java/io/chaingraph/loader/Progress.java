package io.chaingraph.loader;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Progress of a load: a bar with rate and ETA redrawn in place on a terminal, a plain line every few seconds
 * otherwise (CI logs, pipes).
 */
public final class Progress {

	private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

	private final PrintStream out;

	private final boolean terminal;

	private long total;

	private long done;

	private long started;

	private long lastPrinted;

	private String phase = "";

	/** Told each phase as it begins, in the load's thread (and transaction): a test acts there; null otherwise. */
	private final Consumer<String> phases;

	/** Where the load is, read by the notice printed when the process is stopped (another thread). */
	private volatile Stage stage = Stage.READING;

	/** Where a load is, as far as what it has written goes. */
	public enum Stage {

		/** Reading and checking the files: nothing sent to Neo4j yet. */
		READING,

		/** Writing in the load's one transaction: none of it is in the graph before the commit. */
		WRITING,

		/** Neo4j commits the transaction: the graph gets all of it or none. */
		COMMITTING,

		/** Written (or, for a dry run, checked) and the summary printed or about to be. */
		DONE

	}

	public Progress(PrintStream out, boolean terminal) {
		this(out, terminal, null);
	}

	private Progress(PrintStream out, boolean terminal, Consumer<String> phases) {
		this.out = out;
		this.terminal = terminal;
		this.phases = phases;
	}

	/** Progress for the console: a bar when standard output is a terminal. */
	public static Progress console() {
		return new Progress(System.out, System.console() != null && System.console().isTerminal());
	}

	/** No output at all (tests, the service's own start-up load). */
	public static Progress silent() {
		return new Progress(null, false);
	}

	/** No output; {@code phases} is told each phase as it begins (a test's change made at a given point of a load). */
	static Progress silent(Consumer<String> phases) {
		return new Progress(null, false, phases);
	}

	public void start(long totalRows) {
		this.total = Math.max(totalRows, 1);
		this.done = 0;
		this.started = System.nanoTime();
		this.lastPrinted = this.started;
	}

	/** The load's transaction is open (again, when Neo4j retries it: the rows are written again from the first). */
	public void writing() {
		this.stage = Stage.WRITING;
		this.done = 0;
	}

	/** Everything is sent: Neo4j commits next. */
	public void committing() {
		this.stage = Stage.COMMITTING;
	}

	public Stage stage() {
		return this.stage;
	}

	public void phase(String name) {
		this.phase = name;
		if (this.phases != null) {
			this.phases.accept(name);
		}
	}

	public void advance(long rows) {
		this.done += rows;
		long now = System.nanoTime();
		if (this.out == null) {
			return;
		}
		if (this.terminal) {
			if (now - this.lastPrinted > 100_000_000L || this.done >= this.total) {
				this.out.print("\r" + line(now) + "   ");
				this.out.flush();
				this.lastPrinted = now;
			}
		}
		else if (now - this.lastPrinted > PLAIN_EVERY_NANOS) {
			this.out.println(line(now));
			this.lastPrinted = now;
		}
	}

	public void finish() {
		this.stage = Stage.DONE;
		if (this.out != null && this.terminal) {
			this.out.print("\r" + line(System.nanoTime()) + "   \n");
		}
	}

	private String line(long now) {
		double seconds = Math.max((now - this.started) / 1e9, 1e-3);
		double rate = this.done / seconds;
		// never past 100 % nor a negative ETA, should more rows be written than were counted at the start
		this.total = Math.max(this.total, this.done);
		int width = 30;
		int filled = (int) Math.min(width, width * this.done / this.total);
		var eta = rate > 0 ? String.format("%.0f s", (this.total - this.done) / rate) : "?";
		return String.format("[%s%s] %3d%% %,d/%,d rows %,.0f rows/s ETA %s %s", "#".repeat(filled),
				" ".repeat(width - filled), 100 * this.done / this.total, this.done, this.total, rate, eta, this.phase);
	}

}
