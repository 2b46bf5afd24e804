package io.chaingraph.standalone.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.chaingraph.api.system.StartProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service restarted while the weekly load held its store had failed at once ("is open in another process") and
 * stayed down: it waits for the store now, saying so once, up to chaingraph.embedded.store-wait.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreWaitTest {

	private static final String WAITING = "is open in another process (a load into it, or another ./chaingraph serve):"
			+ " waiting up to 120 s";

	@Test
	void aStartWaitsWhileAnotherHolderHasTheStoreAndStartsOnceItCloses(@TempDir Path home, CapturedOutput output)
			throws Exception {
		var store = home.resolve("graph");
		var load = EmbeddedNeo4j.start(store, "localhost:0", "32m");
		CompletableFuture<EmbeddedNeo4j> serve;
		try {
			serve = CompletableFuture
				.supplyAsync(() -> EmbeddedNeo4j.startWhenFree(store, "localhost:0", "32m", null, Duration.ofMinutes(2)));
			long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!output.getAll().contains(WAITING) && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(output.getAll()).contains("The store " + store.toAbsolutePath() + " " + WAITING);
			Thread.sleep(EmbeddedNeo4j.STORE_RETRY.multipliedBy(3));
			assertThat(serve).as("still waiting while the store is held").isNotDone();
		}
		finally {
			load.close();
		}
		try (var started = serve.get(60, TimeUnit.SECONDS)) {
			assertThat(started.isAvailable()).isTrue();
		}
		assertThat(output.getAll().split(java.util.regex.Pattern.quote(WAITING), -1)).as("said once").hasSize(2);
	}

	/** ./chaingraph serve started twice: the holder answers on the Bolt address this start asks for, so no wait. */
	@Test
	void aServiceOnTheSameBoltAddressIsToldAtOnce(@TempDir Path home) {
		var store = home.resolve("graph");
		try (var running = EmbeddedNeo4j.start(store, "localhost:0", "32m")) {
			var address = "localhost:" + running.boltUri().getPort();
			long started = System.nanoTime();
			assertThatThrownBy(() -> EmbeddedNeo4j.startWhenFree(store, address, "32m", null, Duration.ofMinutes(2)))
				.isInstanceOf(StartProblem.class)
				.hasMessageStartingWith("The store " + store.toAbsolutePath() + " is open in another process");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		}
	}

	@Test
	void aStartGivesUpAfterTheWaitAsBefore(@TempDir Path home) {
		var store = home.resolve("graph");
		try (var load = EmbeddedNeo4j.start(store, "localhost:0", "32m")) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> EmbeddedNeo4j.startWhenFree(store, "localhost:0", "32m", null, Duration.ofSeconds(3)))
				.isInstanceOf(StartProblem.class)
				.hasMessageStartingWith("The store " + store.toAbsolutePath() + " is open in another process");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		}
	}

}
