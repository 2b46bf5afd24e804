package io.chaingraph.api.graphql;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The API's reads are auto-commit transactions, which the driver does not retry; {@link ReadRetry} does, as the
 * driver retries a managed one: a passing failure again after a pause, any other failure at once, and not past the
 * retry time.
 */
class ReadRetryTest {

	private final ReadRetry retry = new ReadRetry(Duration.ofSeconds(5), Duration.ofMillis(1));

	@Test
	void aReadThatFailsForAPassingCauseIsAskedAgainUntilItAnswers() {
		var attempts = new AtomicInteger();
		var answer = this.retry.run(() -> switch (attempts.incrementAndGet()) {
			case 1 -> throw new SessionExpiredException("the member went away");
			case 2 -> throw new TransientException("Neo.TransientError.General.DatabaseUnavailable", "not yet");
			default -> "answered";
		});
		assertThat(answer).isEqualTo("answered");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void anyOtherFailureIsThrownAtOnce() {
		var attempts = new AtomicInteger();
		var failure = catchThrowable(() -> this.retry.run(() -> {
			attempts.incrementAndGet();
			throw new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
		}));
		assertThat(failure).isInstanceOf(ClientException.class);
		assertThat(attempts).hasValue(1);
		assertThat(ReadRetry.passing(new IllegalStateException("ours"))).isFalse();
	}

	@Test
	void aTerminatedTransactionIsRetriedWhenWhatEndedItWasPassing() {
		assertThat(ReadRetry.passing(new TransactionTerminatedException("ended",
				new ServiceUnavailableException("Connection to the database terminated")))).isTrue();
		assertThat(ReadRetry.passing(new TransactionTerminatedException("ended",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"))))
			.isFalse();
	}

	@Test
	void whenTheRetryTimeIsUpTheLastFailureIsThrownWithTheEarlierOnes() {
		var attempts = new AtomicInteger();
		var failure = catchThrowable(() -> new ReadRetry(Duration.ofMillis(50), Duration.ofMillis(1)).run(() -> {
			throw new ServiceUnavailableException("attempt " + attempts.incrementAndGet());
		}));
		assertThat(failure).isInstanceOf(ServiceUnavailableException.class)
			.hasMessage("attempt " + attempts.get());
		assertThat(attempts.get()).as("doubling pauses from 1 ms within 50 ms").isBetween(2, 8);
		assertThat(failure.getSuppressed()).hasSize(attempts.get() - 1);
	}

	/** A real driver, a Neo4j that is not there: the read is tried again before UNAVAILABLE. */
	@Test
	void graphReadsTriesAgainWhenNeo4jIsAway() throws Exception {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (var driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.none(),
				Config.builder().withConnectionTimeout(1, TimeUnit.SECONDS).withoutEncryption().build())) {
			var reads = new GraphReads(driver, new GraphSessions(), Duration.ofSeconds(5), 8, Duration.ofMillis(500));
			var failure = catchThrowable(() -> reads.list("system/ping", Map.of(), r -> r));
			assertThat(failure).isInstanceOf(ServiceUnavailableException.class);
			assertThat(failure.getSuppressed()).as("the first attempt's failure, retried after ~1 s").isNotEmpty();
			assertThat(Neo4jFailures.of(failure).code()).isEqualTo(ErrorCode.UNAVAILABLE);
		}
	}

}
