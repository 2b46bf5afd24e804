package io.chaingraph.api.system;

import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies pending schema migrations while the context starts, so no request ever meets a graph without its
 * constraints and indexes. Waits for Neo4j first (docker-compose and Kubernetes start both together).
 */
@Component
public class SchemaOnStart implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaOnStart.class);

	private final Driver driver;

	private final SchemaProperties properties;

	public SchemaOnStart(Driver driver, SchemaProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		awaitNeo4j();
		var migrator = new SchemaMigrator(this.driver);
		int level = this.properties.migrateOnStart() ? migrator.migrate() : migrator.level();
		log.info("Graph schema at migration level {}", level);
	}

	/**
	 * The graph's migration level now: it rises under a running instance when a newer ChainGraph migrates the graph
	 * (a rolling upgrade), and this one then refuses writes ({@link SchemaLevelGuard}).
	 */
	public int graphLevel() {
		return new SchemaMigrator(this.driver).level();
	}

	/** The highest migration level this ChainGraph knows. */
	public int knownLevel() {
		return SchemaLevelGuard.standard().knownLevel();
	}

	private void awaitNeo4j() {
		long deadline = System.nanoTime() + this.properties.startupWait().toNanos();
		while (true) {
			try {
				this.driver.verifyConnectivity();
				return;
			}
			catch (AuthenticationException ex) {
				throw new StartProblem("Neo4j refused the user name or password (Neo4j 用户名或密码错误): " + ex.getMessage(),
						"Check NEO4J_USERNAME and NEO4J_PASSWORD (spring.neo4j.authentication.*) and start again (请检查"
								+ " NEO4J_USERNAME 与 NEO4J_PASSWORD 后重新启动)", ex);
			}
			catch (ServiceUnavailableException ex) {
				if (System.nanoTime() > deadline) {
					throw new StartProblem("Neo4j did not answer within " + this.properties.startupWait()
							+ " (Neo4j 数据库无法连接): " + ex.getMessage(), "Check NEO4J_URI, NEO4J_USERNAME and "
							+ "NEO4J_PASSWORD and that Neo4j is running, or unset NEO4J_URI to use the embedded database"
							+ " of ./chaingraph serve (请检查 NEO4J_URI 等设置及 Neo4j 是否已启动；不设 NEO4J_URI 则使用内置数据库)",
							ex);
				}
				log.info("Waiting for Neo4j: {}", ex.getMessage());
				sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Neo4j", ex);
		}
	}

}
