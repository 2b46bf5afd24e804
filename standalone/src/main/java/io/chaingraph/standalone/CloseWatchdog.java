package io.chaingraph.standalone;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import io.chaingraph.loader.LoaderCommand;

/**
 * Bounds the close of the embedded Neo4j after a load. On a full disk Neo4j's page cache retries its flush for ever:
 * the load had hung without end and cron never mailed. Past the limit the process says what the graph holds and ends
 * with exit code 3; Neo4j recovers the store from its transaction log on its next start.
 */
final class CloseWatchdog {

	/** How long the embedded Neo4j may take to close after a load (README: exit codes of load). */
	static final Duration LIMIT = Duration.ofSeconds(60);

	private CloseWatchdog() {
	}

	/**
	 * Runs {@code close}; when it has not returned within {@code limit}, prints {@code notice} to {@code err} and
	 * calls {@code halt} with {@link LoaderCommand#DATABASE} (the process: {@link Runtime#halt}, as shutdown hooks
	 * could wait on the same store).
	 */
	static void close(Runnable close, Duration limit, Supplier<String> notice, PrintStream err, IntConsumer halt) {
		var closed = new CountDownLatch(1);
		var watchdog = Thread.ofPlatform().daemon().name("chaingraph-close-watchdog").start(() -> {
			try {
				if (!closed.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
					err.println(notice.get());
					err.flush();
					halt.accept(LoaderCommand.DATABASE);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			close.run();
		}
		finally {
			closed.countDown();
			watchdog.interrupt();
		}
	}

	/**
	 * What a close past the limit says, after what the load said: the graph as the load left it, and what Neo4j does
	 * with the store next.
	 */
	static String notice(Duration limit, int code, boolean dryRun) {
		String holds;
		if (dryRun) {
			holds = "A dry run writes nothing: the graph is as it was (仅校验，图谱未改变).";
		}
		else if (code == LoaderCommand.OK) {
			holds = "The load had been committed, as said above: the graph holds it (导入已提交).";
		}
		else {
			holds = "The graph holds what the load said above (图谱状态见上文).";
		}
		return "Neo4j did not close its store within " + limit.toSeconds() + " s (数据库未能在 " + limit.toSeconds()
				+ " 秒内关闭): a full disk? Neo4j's log (in the store folder, logs/debug.log) says. " + holds
				+ " Neo4j recovers its store from its transaction log on its next start (下次启动时自动恢复). Mend the"
				+ " cause, then run the same command again: what is already there stays unchanged. Exit code 3.";
	}

}
