package io.chaingraph.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.chaingraph.loader.LoaderCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load whose embedded Neo4j could not close its store (a full disk: the page cache retries for ever) hung without
 * end, and cron never mailed: past the limit the watchdog says what the graph holds and ends the process with 3.
 */
class CloseWatchdogTest {

	@Test
	void aCloseThatBlocksPastTheLimitIsSaidAndEndsWithExitCode3(/* the halt recorded, not done: the JVM stays */)
			throws Exception {
		var bytes = new ByteArrayOutputStream();
		var err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		var halted = new CompletableFuture<Integer>();
		var release = new CountDownLatch(1);
		var closing = CompletableFuture.runAsync(() -> CloseWatchdog.close(() -> {
			try {
				release.await(); // Neo4j flushing to a full disk
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, Duration.ofMillis(500), () -> CloseWatchdog.notice(CloseWatchdog.LIMIT, LoaderCommand.OK, false), err,
				halted::complete));

		assertThat(halted.get(30, TimeUnit.SECONDS)).isEqualTo(3);
		assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("Neo4j did not close its store within 60 s (数据库未能在 60 秒内关闭): a full disk? Neo4j's log (in"
					+ " the store folder, logs/debug.log) says. The load had been committed, as said above: the graph"
					+ " holds it (导入已提交). Neo4j recovers its store from its transaction log on its next start"
					+ " (下次启动时自动恢复). Mend the cause, then run the same command again: what is already there stays"
					+ " unchanged. Exit code 3.");
		assertThat(closing).as("the close still blocks; the process ends by the halt").isNotDone();
		release.countDown();
		closing.get(30, TimeUnit.SECONDS);
	}

	/** The real halt, in a JVM of its own: a close that never returns ends the process with 3 and the notice. */
	@Test
	void theProcessOfAHungCloseEndsWithExitCode3() throws Exception {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HungClose.class.getName())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		var said = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(LoaderCommand.DATABASE);
		assertThat(said).contains("Neo4j did not close its store within 60 s", "Exit code 3.");
	}

	/** Closes something that never closes, with the watchdog as {@code load} sets it but a one-second limit. */
	static final class HungClose {

		public static void main(String[] args) throws InterruptedException {
			CloseWatchdog.close(() -> {
				try {
					Thread.sleep(Long.MAX_VALUE);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, Duration.ofSeconds(1), () -> CloseWatchdog.notice(CloseWatchdog.LIMIT, LoaderCommand.OK, false),
					System.err, Runtime.getRuntime()::halt);
			System.exit(0);
		}

	}

	@Test
	void aCloseWithinTheLimitSaysNothingAndEndsNothing() throws Exception {
		var bytes = new ByteArrayOutputStream();
		var halted = new CompletableFuture<Integer>();
		CloseWatchdog.close(() -> {
		}, Duration.ofMillis(300), () -> "hung", new PrintStream(bytes, true, StandardCharsets.UTF_8), halted::complete);
		Thread.sleep(800);
		assertThat(halted).isNotDone();
		assertThat(bytes.size()).isZero();
	}

	@Test
	void whatTheGraphHoldsFollowsTheLoad() {
		assertThat(CloseWatchdog.notice(CloseWatchdog.LIMIT, LoaderCommand.OK, true))
			.contains("A dry run writes nothing: the graph is as it was");
		assertThat(CloseWatchdog.notice(CloseWatchdog.LIMIT, LoaderCommand.DATABASE, false))
			.contains("The graph holds what the load said above (图谱状态见上文).")
			.doesNotContain("committed");
	}

}
