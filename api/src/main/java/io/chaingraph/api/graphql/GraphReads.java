package io.chaingraph.api.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the named queries of {@code cypher/queries} for the API: always in a read transaction (routed to any cluster
 * member that can serve reads and has this instance's earlier writes, {@link GraphSessions}), always with a timeout,
 * always with parameters, again after a passing failure ({@link ReadRetry}).
 * <p>
 * As an {@link ApplicationRunner} it waits for the plans started at {@code ApplicationStartedEvent}
 * ({@link #planAhead}): Spring Boot reports the service ready ({@code /actuator/health/readiness} UP) only after its
 * runners, so a load balancer sends no request to a replica still planning (a search at the instant of start could
 * otherwise wait for the plan and time out on a busy machine).
 */
@Component
public class GraphReads implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphReads.class);

	private final Driver driver;

	private final CypherCatalog catalog = CypherCatalog.standard();

	private final TransactionConfig config;

	private final AtomicLong statements = new AtomicLong();

	private final List<Thread> planning = new CopyOnWriteArrayList<>();

	/** Bookmarks followed lately ({@link #follow}), least recently asked dropped first. */
	private final Map<String, Boolean> followed = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > 1_000;
		}
	});

	/**
	 * Requests waiting for bookmarks at once ({@link #follow}). A member behind by a write catches up in milliseconds;
	 * a bookmark it never reaches (made up, or of a store restored from a backup) holds a request thread, and a Neo4j
	 * worker, for the server's whole wait (30 s on Neo4j's defaults): without a bound a few hundred such requests would
	 * stop the instance for everyone.
	 */
	private final Semaphore waiting;

	/** How long a request with new bookmarks queues for a turn to wait for them. */
	static final Duration WAIT_FOR_A_TURN = Duration.ofMillis(250);

	private final GraphSessions sessions;

	private final ReadRetry retry;

	public GraphReads(Driver driver, GraphSessions sessions,
			@Value("${chaingraph.graphql.query-timeout:5s}") Duration timeout,
			@Value("${chaingraph.graphql.bookmark-waits:8}") int bookmarkWaits,
			@Value("${spring.neo4j.max-transaction-retry-time:30s}") Duration retryTime) {
		this.driver = driver;
		this.sessions = sessions;
		this.read = sessions.read();
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
		this.waiting = new Semaphore(Math.max(1, bookmarkWaits));
		this.retry = new ReadRetry(retryTime, ReadRetry.FIRST_DELAY);
	}

	/**
	 * Planning ahead gets longer than a request: on a busy machine planning the one-statement traversal and search
	 * took more than the 5 s request timeout, so the plan was never cached and the first users' requests timed out
	 * planning it again.
	 */
	private static final TransactionConfig PLANNING = TransactionConfig.builder()
		.withTimeout(Duration.ofMinutes(2))
		.build();

	private final SessionConfig read;

	/**
	 * Every record of the named query, mapped. One statement is one transaction either way, so it runs as an
	 * auto-commit transaction: a managed one ({@code executeRead}) waits for its records and then for a COMMIT, one
	 * round trip to Neo4j more per statement (a region by code through the API 1.75 → 1.35 ms at p50 on loopback;
	 * a network's round trip anywhere else). The driver does not retry auto-commit transactions: {@link ReadRetry}
	 * does, as it would.
	 */
	public <T> List<T> list(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		var text = this.catalog.query(query);
		this.statements.incrementAndGet();
		return this.retry.run(() -> {
			try (var session = this.driver.session(this.read)) {
				return session.run(text, parameters, this.config).list(mapper::apply);
			}
		});
	}

	/**
	 * Has Neo4j plan the named query once for each parameter set, on a virtual thread, so that the first requests
	 * after a start do not pay the planning (a second or more for the one-statement traversal and search on a busy
	 * machine, inside their timeout), with a timeout of its own ({@link #PLANNING}). Choose parameters that match
	 * nothing: only the plan is wanted. Not counted in {@link #statementsRun()}; failures are only logged.
	 */
	public void planAhead(String query, List<Map<String, Object>> parameterSets) {
		var text = this.catalog.query(query);
		var thread = Thread.ofVirtual().name("plan-ahead " + query).unstarted(() -> {
			for (var parameters : parameterSets) {
				try (var session = this.driver.session(this.read)) {
					session.executeRead(tx -> tx.run(text, parameters).consume(), PLANNING);
				}
				catch (RuntimeException ex) {
					log.debug("Planning {} ahead failed: {}", query, ex.getMessage());
				}
			}
		});
		this.planning.add(thread);
		thread.start();
	}

	/** Waits for the plans asked for so far ({@link #planAhead}); each statement has its own timeout. */
	public void awaitPlans() throws InterruptedException {
		for (var thread : this.planning) {
			thread.join();
		}
	}

	/** How many plan-ahead jobs were started (one per query, a few per service). */
	public int plansStarted() {
		return this.planning.size();
	}

	/** How many plan-ahead jobs are still running. */
	public long plansPending() {
		return this.planning.stream().filter(Thread::isAlive).count();
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long started = System.nanoTime();
		awaitPlans();
		log.debug("Statements planned ahead in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** How many statements this service has sent to Neo4j since it started (tests check N+1 with it). */
	public long statementsRun() {
		return this.statements.get();
	}

	/**
	 * Has the reads of this instance begin only where the graph holds the writes behind these bookmarks (a client's,
	 * from a mutation answered by any replica): one read ({@code system/ping}) that waits for them, whose bookmark
	 * the manager every read carries then holds. On a cluster or Aura Neo4j keeps the wait, on the member that
	 * serves the read; it answers UNAVAILABLE (try again) when the member does not catch up in time. A bookmark
	 * followed lately is not asked again: a client sends its last write's with every request until its next write.
	 * @throws ApiException BAD_INPUT for what is not a bookmark of this graph (the manager never holds it, so it
	 * cannot spoil other requests' reads); UNAVAILABLE when the graph did not reach the bookmarks in the server's
	 * time, or when {@code chaingraph.graphql.bookmark-waits} requests are waiting already
	 */
	public void follow(List<String> bookmarks) {
		var unseen = bookmarks.stream().filter(b -> !this.followed.containsKey(b)).toList();
		if (unseen.isEmpty()) {
			return;
		}
		try {
			// A short queue, not none: two clients' first requests after their writes may well meet.
			if (!this.waiting.tryAcquire(WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ApiException(ErrorCode.UNAVAILABLE, Neo4jFailures.TOO_MANY_WAITING,
						Map.of("limit", "bookmark waits"));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(ErrorCode.UNAVAILABLE, ErrorCode.UNAVAILABLE.defaultMessage());
		}
		try {
			waitFor(unseen);
		}
		finally {
			this.waiting.release();
		}
		unseen.forEach(b -> this.followed.put(b, Boolean.TRUE));
	}

	private void waitFor(List<String> unseen) {
		this.statements.incrementAndGet();
		// Auto-commit, not executeRead: the driver would retry a wait that timed out, each retry as long (30 s on a
		// server's defaults) and logged with its stack; one wait is enough before the client is told to try again.
		try (var session = this.driver.session(this.sessions.readAfter(unseen))) {
			session.run(this.catalog.query("system/ping"), this.config).consume();
		}
		catch (Neo4jException ex) {
			var code = ex.code() != null ? ex.code() : "";
			if (ex instanceof ClientException && code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
				throw ApiException.badInput(GraphSessions.HEADER + ": expected bookmarks of this graph, as a mutation "
						+ "answers them in extensions.bookmarks, found " + unseen + " (书签无效)");
			}
			// The server gave up waiting, or its wait outlasted this statement's timeout (30 s against 5 s on the
			// defaults): the graph is behind either way, not a question to narrow down.
			if (code.endsWith(".BookmarkTimeout") || code.contains("TransactionTimedOut")) {
				throw new ApiException(ErrorCode.UNAVAILABLE, Neo4jFailures.BEHIND, Map.of("neo4jCode", code));
			}
			throw ex;
		}
	}

	/** The single record of the named query, mapped, or null when it returns none. */
	public <T> T single(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		var all = list(query, parameters, mapper);
		return all.isEmpty() ? null : all.getFirst();
	}

}
