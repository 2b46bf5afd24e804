package io.chaingraph.api.graphql;

import java.util.Map;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What a failure of Neo4j means for the client, in one place for GraphQL and the downloads, so that the advice
 * fits the cause: a question stopped by its transaction timeout or by Neo4j's limit on one transaction's memory is
 * {@code LIMIT_EXCEEDED} ("narrow it down"); Neo4j away, or still failing with a transient error after the driver's
 * retries (a cluster member that did not catch up with this instance's writes in time, a database not available,
 * memory short for all queries at once) is {@code UNAVAILABLE} ("try again shortly"). Narrowing a question down does
 * not help in the second case, nor waiting in the first.
 */
public final class Neo4jFailures {

	/** The code, the words for the client and the extensions. */
	public record Failure(ErrorCode code, String message, Map<String, Object> details) {
	}

	static final String TIMEOUT = "The query took longer than the service allows; narrow it down, or, if the service or "
			+ "Neo4j has just started, try again shortly (查询超时，请缩小查询范围；如服务刚启动，请稍后重试)";

	static final String WRITE_TIMEOUT = "The change took longer than the service allows and was not saved; try again "
			+ "shortly (修改超时，未保存，请稍后重试)";

	/**
	 * A change stopped while it waited for another's locks: say what holds them, a curator's change or a data set's
	 * load (which holds every firm it writes until its commit, tens of seconds for a large one), not only "too long".
	 */
	static final String WRITE_WAITED = "The change waited longer than the service allows for another change of the same "
			+ "firm or a data set load running now, and was not saved; try again once it is done (该企业正被其他修改或正在进行的"
			+ "数据导入占用，修改未保存，请稍后重试)";

	static final String MEMORY = "The query needed more memory than Neo4j allows one transaction; narrow it down "
			+ "(查询所需内存超出单个事务的上限，请缩小查询范围)";

	static final String BEHIND = "The Neo4j member that would answer has not yet applied the writes this request must "
			+ "see (its bookmarks); try again shortly (数据尚在同步，请稍后重试)";

	static final String TOO_MANY_WAITING = "Too many requests are waiting for writes to reach the graph (their "
			+ "bookmarks); try again shortly (等待数据同步的请求过多，请稍后重试)";

	private Neo4jFailures() {
	}

	/**
	 * A change's failure: as {@link #of}, but a change stopped by its timeout was rolled back and mostly waited for
	 * another's locks, so it is UNAVAILABLE ("not saved, try again"); there is nothing to narrow down.
	 */
	public static Failure ofWrite(Throwable ex) {
		var code = ex instanceof Neo4jException neo4j && neo4j.code() != null ? neo4j.code() : "";
		// A change whose timeout ends while it waits for a lock (another change of the firm, a load's transaction) is
		// told so as LockClientStopped, which the driver hands on as a ClientException: it was INTERNAL.
		if (code.endsWith(".LockClientStopped") || code.endsWith(".Transaction.Terminated")) {
			return new Failure(ErrorCode.UNAVAILABLE, WRITE_WAITED, Map.of("limit", "transaction timeout", "neo4jCode", code));
		}
		var failure = of(ex);
		if (failure != null && "transaction timeout".equals(failure.details().get("limit"))) {
			return new Failure(ErrorCode.UNAVAILABLE, WRITE_TIMEOUT, failure.details());
		}
		return failure;
	}

	/** The failure's meaning for the client, or null when it is not one of Neo4j's (then it is INTERNAL). */
	public static Failure of(Throwable ex) {
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException
				|| ex instanceof DataAccessResourceFailureException) {
			return new Failure(ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.defaultMessage(), Map.of());
		}
		var code = ex instanceof Neo4jException neo4j && neo4j.code() != null ? neo4j.code() : "";
		// Neo4j 5 and later report a timeout the client set as Neo.ClientError.Transaction.TransactionTimedOut…
		if (code.contains("TransactionTimedOut")) {
			return new Failure(ErrorCode.LIMIT_EXCEEDED, TIMEOUT, Map.of("limit", "transaction timeout"));
		}
		if (code.endsWith(".TransactionMemoryLimit")) {
			return new Failure(ErrorCode.LIMIT_EXCEEDED, MEMORY, Map.of("limit", "transaction memory", "neo4jCode", code));
		}
		if (code.endsWith(".BookmarkTimeout")) {
			return new Failure(ErrorCode.UNAVAILABLE, BEHIND, Map.of("neo4jCode", code));
		}
		if (ex instanceof TransientException) {
			return new Failure(ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.defaultMessage(), Map.of("neo4jCode", code));
		}
		return null;
	}

}
