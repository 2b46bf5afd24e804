package io.chaingraph.api.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;

/**
 * Runs a read again while it fails for a passing cause (Neo4j restarting, a cluster member going away, a transient
 * error), the way the driver retries a managed transaction: the same rule (the driver's {@link RetryableException},
 * also behind a terminated transaction), the same backoff (1 s, doubling, ±20 % jitter) and the same limit
 * ({@code spring.neo4j.max-transaction-retry-time}, counted from the first failure). Needed because the API's reads
 * are auto-commit transactions ({@link GraphReads#list}), which the driver does not retry. When the time is up, the
 * last failure is thrown with the earlier ones attached as suppressed.
 */
final class ReadRetry {

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	private final long maxRetryNanos;

	private final long firstDelayMillis;

	ReadRetry(Duration maxRetryTime, Duration firstDelay) {
		this.maxRetryNanos = maxRetryTime.toNanos();
		this.firstDelayMillis = Math.max(1, firstDelay.toMillis());
	}

	<T> T run(Supplier<T> read) {
		var failures = new ArrayList<RuntimeException>();
		long firstFailure = 0;
		long delay = this.firstDelayMillis;
		while (true) {
			try {
				return read.get();
			}
			catch (RuntimeException ex) {
				long now = System.nanoTime();
				if (failures.isEmpty()) {
					firstFailure = now;
				}
				if (!passing(ex) || now - firstFailure >= this.maxRetryNanos) {
					failures.forEach(ex::addSuppressed);
					throw ex;
				}
				failures.add(ex);
				sleep(jittered(delay));
				delay *= 2;
			}
		}
	}

	/** Whether trying the same read again may succeed (the driver's own rule). */
	static boolean passing(Throwable ex) {
		var cause = ex instanceof TransactionTerminatedException && ex.getCause() != null ? ex.getCause() : ex;
		return cause instanceof RetryableException;
	}

	private static long jittered(long delay) {
		double jitter = delay * 0.2;
		return Math.max(1, (long) ThreadLocalRandom.current().nextDouble(delay - jitter, delay + jitter));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.defaultMessage());
		}
	}

}
