package io.chaingraph.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.chaingraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** For the tests that race a curation change against another transaction: where the change stands in Neo4j. */
public final class CurationLocks {

	private CurationLocks() {
	}

	/**
	 * Returns once a curation transaction waits for a lock (SHOW TRANSACTIONS), failing after 30 s or when the change
	 * answered first.
	 * @param holder what holds the lock, for the failures' words ("the other change", "the load")
	 */
	public static void awaitBlocked(CompletableFuture<?> answer, String holder) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		try (var session = TestNeo4j.driver().session()) {
			while (System.nanoTime() < deadline) {
				assertThat(answer).as("the change answered before %s committed", holder).isNotDone();
				var blocked = session.run("SHOW TRANSACTIONS YIELD metaData, status "
						+ "WHERE metaData.app = 'chaingraph-curation' AND status STARTS WITH 'Blocked' RETURN count(*) AS n")
					.single()
					.get("n")
					.asLong();
				if (blocked > 0) {
					return;
				}
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new AssertionError("no curation transaction waited for " + holder + "'s lock");
	}

}
