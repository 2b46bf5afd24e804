package io.chaingraph.model.schema;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes instances that start together (API replicas behind a load balancer, a loader beside them) apply the pending
 * migrations one after the other, not all at once: V0011 run twice at once would recompute the stored firm counts
 * twice over and could leave each chain's counts doubled. The lock is Neo4j's own: an open transaction holding the
 * write lock on one {@code :SchemaMigrationLock} node, as long as the migrations take; another instance's
 * transaction waits on it, then finds nothing left to apply. It ends with the transaction, so an instance that dies
 * half-way releases it with its connection: no lock is ever left behind to clear by hand.
 */
final class MigrationLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

	private final Session session;

	private final Transaction transaction;

	private MigrationLock(Session session, Transaction transaction) {
		this.session = session;
		this.transaction = transaction;
	}

	/**
	 * Takes the lock, waiting while another instance holds it, having announced the level the migrations lead to
	 * (older instances write nothing from then on: {@link SchemaLevelGuard}).
	 */
	static MigrationLock take(Session session, CypherCatalog catalog, int level) {
		session.run(catalog.query("system/migration-lock"), Values.parameters("level", level)).consume();
		var owner = ProcessHandle.current().pid() + "@" + hostName();
		long started = System.nanoTime();
		var transaction = session.beginTransaction();
		try {
			transaction.run(catalog.query("system/take-migration-lock"), Values.parameters("owner", owner)).consume();
		}
		catch (RuntimeException ex) {
			transaction.close();
			throw ex;
		}
		long waited = (System.nanoTime() - started) / 1_000_000;
		if (waited > 1_000) {
			log.info("Took the schema migration lock after waiting {} ms for another instance (等待其他实例完成迁移)", waited);
		}
		return new MigrationLock(session, transaction);
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "unknown host";
		}
	}

	/** Releases the lock: the transaction is rolled back, as nothing it wrote is meant to stay. */
	@Override
	public void close() {
		try {
			this.transaction.rollback();
		}
		catch (RuntimeException ex) {
			// cut off by the server (a transaction timeout): the lock is already gone with it
			log.warn("The schema migration lock's transaction had ended already: {}", ex.getMessage());
		}
		finally {
			this.transaction.close();
			this.session.close();
		}
	}

}
