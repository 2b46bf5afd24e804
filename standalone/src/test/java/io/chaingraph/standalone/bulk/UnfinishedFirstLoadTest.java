package io.chaingraph.standalone.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store marked unfinished while its first load still runs (its scratch folder locked) is waited for, not taken for
 * one that was stopped: a {@code serve} started meanwhile had refused it at once.
 */
class UnfinishedFirstLoadTest {

	@TempDir
	Path home;

	@Test
	void aFirstLoadThatIsRunningIsWaitedForUntilItFinishes() throws Exception {
		var store = Files.createDirectories(this.home.resolve("graph"));
		UnfinishedFirstLoad.mark(store, this.home.resolve("data"), OffsetDateTime.now());
		var waits = new AtomicInteger();
		try (var running = Scratch.create(store, null)) {
			var finisher = Thread.ofVirtual().start(() -> {
				sleep(1_200);
				UnfinishedFirstLoad.clear(store); // recorded
				running.close();
			});
			long started = System.nanoTime();

			var found = UnfinishedFirstLoad.whenNoneRuns(store, Duration.ofSeconds(30), waits::incrementAndGet);

			assertThat(found).as("the load finished meanwhile").isEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(waits).as("said once").hasValue(1);
			finisher.join();
		}
	}

	@Test
	void aStoppedFirstLoadIsToldAtOnceAndARunningOneAfterTheWait() throws IOException {
		var store = Files.createDirectories(this.home.resolve("graph"));
		UnfinishedFirstLoad.mark(store, this.home.resolve("data"), OffsetDateTime.now());
		var waits = new AtomicInteger();

		assertThat(UnfinishedFirstLoad.whenNoneRuns(store, Duration.ofSeconds(30), waits::incrementAndGet))
			.as("no load runs: stopped").isPresent();
		assertThat(waits).as("not waited for").hasValue(0);

		try (var running = Scratch.create(store, null)) {
			long started = System.nanoTime();
			assertThat(UnfinishedFirstLoad.whenNoneRuns(store, Duration.ofSeconds(1), waits::incrementAndGet))
				.as("still running after the wait").isPresent();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(waits).hasValue(1);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
