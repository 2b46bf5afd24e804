package io.chaingraph.api.graphql;

import java.time.Duration;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The advice fits the cause: a question Neo4j stopped for its size is LIMIT_EXCEEDED ("narrow it down"), Neo4j away
 * or not ready UNAVAILABLE ("try again shortly"). The timeout and the syntax error are Neo4j's own, from the test
 * server; the cluster's transient failures cannot happen on one server and are built from their codes.
 */
class Neo4jFailuresTest {

	@Test
	void aQueryStoppedByItsTimeoutIsToBeNarrowedDown() {
		var stopped = catchThrowable(() -> read("UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*)",
				Duration.ofMillis(50)));
		assertThat(stopped).as("Neo4j stops it").isNotNull();
		var failure = Neo4jFailures.of(stopped);
		assertThat(failure.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
		assertThat(failure.message()).contains("narrow it down", "查询超时");
		assertThat(failure.details()).containsEntry("limit", "transaction timeout");
	}

	@Test
	void aChangeStoppedByItsTimeoutWasNotSavedAndIsToBeTriedAgain() {
		var stopped = catchThrowable(() -> {
			try (var session = TestNeo4j.driver().session()) {
				session.executeWrite(tx -> tx.run("CREATE (:TimedOutChange) WITH 1 AS one UNWIND range(1, 2000000000) AS x "
						+ "WITH x WHERE x = -1 RETURN count(*)").consume(),
						TransactionConfig.builder().withTimeout(Duration.ofMillis(50)).build());
			}
		});
		assertThat(stopped).as("Neo4j stops it").isNotNull();
		var failure = Neo4jFailures.ofWrite(stopped);
		assertThat(failure.code()).isEqualTo(ErrorCode.UNAVAILABLE);
		assertThat(failure.message()).contains("not saved", "未保存", "稍后重试").doesNotContain("narrow");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (n:TimedOutChange) RETURN count(n) AS n").single().get("n").asLong())
				.as("what the message says: nothing of it was saved").isZero();
		}
		// A question's timeout keeps its advice, with a word for a service that has just started.
		var question = Neo4jFailures.of(stopped);
		assertThat(question.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
		assertThat(question.message()).contains("narrow it down", "刚启动");
		assertThat(Neo4jFailures.ofWrite(new ServiceUnavailableException("Connection refused")).code())
			.isEqualTo(ErrorCode.UNAVAILABLE);
	}

	@Test
	void aChangeWhoseTimeoutEndsWhileItWaitsForALockWasNotSavedAndIsToBeTriedAgain() {
		try (var holder = TestNeo4j.driver().session(); var other = holder.beginTransaction()) {
			other.run("CREATE (:LockedChange {n: 1})").consume();
			other.commit();
		}
		try (var holder = TestNeo4j.driver().session(); var other = holder.beginTransaction()) {
			// Another change holds the node (a curator's, a load's) until after this one's timeout.
			other.run("MATCH (n:LockedChange) SET n.n = 2").consume();
			var stopped = catchThrowable(() -> {
				try (var session = TestNeo4j.driver().session()) {
					session.executeWrite(tx -> tx.run("MATCH (n:LockedChange) SET n.n = 3").consume(),
							TransactionConfig.builder().withTimeout(Duration.ofMillis(300)).build());
				}
			});
			assertThat(stopped).as("Neo4j stops it").isNotNull();
			var failure = Neo4jFailures.ofWrite(stopped);
			assertThat(failure).as("not INTERNAL: %s", stopped).isNotNull();
			assertThat(failure.code()).isEqualTo(ErrorCode.UNAVAILABLE);
			assertThat(failure.message()).contains("not saved", "未保存", "稍后重试")
				.as("what it waited for").contains("a data set load", "数据导入");
			other.rollback();
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (n:LockedChange) DELETE n").consume();
			}
		}
	}

	@Test
	void aTransactionOverItsMemoryLimitIsToBeNarrowedDown() {
		var failure = Neo4jFailures.of(new TransientException("Neo.TransientError.General.TransactionMemoryLimit",
				"The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB."));
		assertThat(failure.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
		assertThat(failure.message()).contains("memory", "内存");
		assertThat(failure.details()).containsEntry("limit", "transaction memory");
	}

	@Test
	void aClusterThatDidNotCatchUpOrADatabaseAwayIsToBeAskedAgain() {
		for (var code : new String[] { "Neo.TransientError.Transaction.BookmarkTimeout",
				"Neo.TransientError.General.DatabaseUnavailable", "Neo.TransientError.General.MemoryPoolOutOfMemoryError" }) {
			var failure = Neo4jFailures.of(new TransientException(code, "…"));
			assertThat(failure.code()).as(code).isEqualTo(ErrorCode.UNAVAILABLE);
			assertThat(failure.message()).as(code).contains("try again", "稍后重试").doesNotContain("narrow");
			assertThat(failure.details()).containsEntry("neo4jCode", code);
		}
		assertThat(Neo4jFailures.of(new ServiceUnavailableException("Connection refused")).code())
			.isEqualTo(ErrorCode.UNAVAILABLE);
	}

	@Test
	void aStatementNeo4jRejectsIsNotTheClientsToMend() {
		var rejected = catchThrowable(() -> read("RETURN nope(", Duration.ofSeconds(5)));
		assertThat(rejected).isNotNull();
		assertThat(Neo4jFailures.of(rejected)).as("the caller makes it INTERNAL with an id").isNull();
		assertThat(Neo4jFailures.of(new IllegalStateException("ours"))).isNull();
	}

	/** As {@link GraphReads} runs its statements: auto-commit, read access, with a timeout. */
	private static void read(String statement, Duration timeout) {
		try (var session = TestNeo4j.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.run(statement, TransactionConfig.builder().withTimeout(timeout).build()).consume();
		}
	}

}
