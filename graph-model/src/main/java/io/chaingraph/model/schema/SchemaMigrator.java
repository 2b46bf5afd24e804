package io.chaingraph.model.schema;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code cypher/migrations/V####__*.cypher} files and the {@link JavaMigration}s ({@link #CODE}) in
 * version order, each once, and records each in the graph as a
 * {@code (:SchemaMigration {version, description, checksum, appliedAt})} node.
 * <p>
 * The small equivalent of neo4j-migrations (whose latest release targets Driver 5; ChainGraph runs Driver 6): same
 * file naming, same rule that an applied file never changes. Every statement runs in its own auto-commit
 * transaction because Neo4j does not mix schema and data writes in one; every schema statement says
 * {@code IF NOT EXISTS}, so a migration interrupted half-way is simply run again. Instances that start together
 * with migrations to apply take turns ({@link MigrationLock}): the others wait, then find nothing left to do. An
 * older ChainGraph meeting a graph a newer one migrated applies nothing and writes nothing ({@link SchemaLevelGuard}).
 */
public final class SchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

	/** A statement that creates an index or a constraint, and nothing else. */
	private static final java.util.regex.Pattern CREATE_SCHEMA = java.util.regex.Pattern.compile(
			"\\s*CREATE\\s+((RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\\s+)?(INDEX|CONSTRAINT)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern
		.compile("\\s*CREATE\\s+CONSTRAINT\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** The name a CREATE statement gives its index or constraint (group 4). */
	private static final java.util.regex.Pattern CREATED_NAME = java.util.regex.Pattern.compile(
			"\\s*CREATE\\s+((RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\\s+)?(INDEX|CONSTRAINT)\\s+(\\w+)",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/** A statement that drops an index or a constraint by name (group 2), and nothing else. */
	private static final java.util.regex.Pattern DROP_SCHEMA = java.util.regex.Pattern.compile(
			"\\s*DROP\\s+(INDEX|CONSTRAINT)\\s+(\\w+)\\s+IF\\s+EXISTS\\s*;?\\s*$",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	/** How many times a migration is tried when it meets passing failures (waits 0.25, 0.5, 1, 2 s between). */
	static final int ATTEMPTS = 5;

	/** The migrations Cypher alone cannot write. */
	static final List<JavaMigration> CODE = List.of(NameKeysMigration.missing(), NameKeysMigration.rekeyed(),
			new FirmRegionsMigration());

	private final Driver driver;

	private final CypherCatalog catalog;

	private final String database;

	private final List<JavaMigration> code;

	public SchemaMigrator(Driver driver, CypherCatalog catalog, String database) {
		this(driver, catalog, CODE, database);
	}

	/** With other migration classes than {@link #CODE} (tests: a store at an older version). */
	SchemaMigrator(Driver driver, CypherCatalog catalog, List<JavaMigration> code, String database) {
		this.driver = driver;
		this.catalog = catalog;
		this.code = code;
		this.database = database;
	}

	public SchemaMigrator(Driver driver) {
		this(driver, CypherCatalog.standard(), null);
	}

	/** Every migration in the catalog, in version order; refuses two files with one version. */
	public List<Migration> migrations() {
		var files = this.catalog.files()
			.stream()
			.filter(f -> f.startsWith("migrations/"))
			.map(f -> Migration.parse(f, this.catalog.file(f)));
		return inOrder(java.util.stream.Stream.concat(files, this.code.stream().map(Migration::of)).toList());
	}

	static List<Migration> inOrder(List<Migration> unordered) {
		var migrations = unordered.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
		for (int i = 1; i < migrations.size(); i++) {
			if (migrations.get(i).version() == migrations.get(i - 1).version()) {
				throw new MigrationException("Two migrations share version " + migrations.get(i).version() + ": "
						+ migrations.get(i - 1).path() + " and " + migrations.get(i).path() + " (迁移版本号重复)");
			}
		}
		return migrations;
	}

	/**
	 * Applies what is not applied yet; nothing when a newer ChainGraph migrated the graph beyond {@link #knownLevel()}
	 * (it says so in the log, and {@link SchemaLevelGuard} keeps this one from writing).
	 * @return the migration level after applying (the highest applied version, 0 for none; above
	 * {@link #knownLevel()} for a graph a newer ChainGraph migrated)
	 * @throws MigrationException when an applied migration's file changed since, or a statement fails
	 */
	public int migrate() {
		var migrations = migrations();
		var applied = applied();
		if (newerThan(migrations, applied)) {
			return level(applied);
		}
		if (migrations.stream().noneMatch(m -> pending(m, applied))) {
			return applyPending(migrations, applied); // the usual start: nothing to apply, no lock
		}
		// Something to apply: one instance at a time, and what another applied meanwhile is not applied again.
		try (var lock = MigrationLock.take(session(), this.catalog, known(migrations))) {
			var now = applied();
			return newerThan(migrations, now) ? level(now) : applyPending(migrations, now);
		}
	}

	/**
	 * Whether a newer ChainGraph has migrated the graph beyond these migrations. It owns the schema then: this one
	 * applies nothing (not even a revision's re-run, which would undo what the newer one did), answers queries, and
	 * {@link SchemaLevelGuard} refuses its writes.
	 */
	private static boolean newerThan(List<Migration> migrations, Map<Integer, String> applied) {
		int known = known(migrations);
		int graph = level(applied);
		if (graph > known) {
			log.warn("The graph is at schema level {}, migrated by a newer ChainGraph; this one knows up to {}: it"
					+ " answers queries but refuses every write until it is upgraded (图谱结构版本 {} 高于本服务支持的 {}："
					+ "本服务只读，请升级)", graph, known, graph, known);
			return true;
		}
		return false;
	}

	private static int known(List<Migration> migrations) {
		return migrations.isEmpty() ? 0 : migrations.getLast().version();
	}

	private static int level(Map<Integer, String> applied) {
		return applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/** The highest schema level this ChainGraph knows: its last migration's version. */
	public int knownLevel() {
		return known(migrations());
	}

	/** Not applied yet, or a class whose revision changed since it ran (it runs again). */
	private static boolean pending(Migration migration, Map<Integer, String> applied) {
		var checksum = applied.get(migration.version());
		return checksum == null || migration.code() != null && !checksum.equals(migration.checksum());
	}

	private int applyPending(List<Migration> migrations, Map<Integer, String> applied) {
		int level = 0;
		for (var migration : migrations) {
			var checksum = applied.get(migration.version());
			if (checksum != null && pending(migration, applied)) {
				log.info("Migration V{} runs again: what it depends on changed ({} → {})", migration.version(), checksum,
						migration.checksum());
				apply(migration);
			}
			else if (checksum != null) {
				if (!checksum.equals(migration.checksum())) {
					throw new MigrationException("Migration " + migration.path() + " was changed after it was applied"
							+ " (applied checksum " + checksum + ", file now " + migration.checksum()
							+ "). Applied migrations are immutable: put the change in a new V file."
							+ " 已执行的迁移文件不可修改，请新建一个迁移文件。");
				}
			}
			else {
				apply(migration);
			}
			level = migration.version();
		}
		return level;
	}

	/**
	 * Applies what is not applied yet for a store that was just bulk-imported, where every index is built over
	 * millions of nodes: the constraints first, in one transaction (each builds its own index, the machine to itself,
	 * and is online when this returns), then the other indexes in another (Neo4j builds them together in one scan, in
	 * the background: they may still be populating when this returns), and records each migration, the
	 * {@link JavaMigration}s too without running them (what they bring up to date, this store has not). Queries work
	 * while an index populates: the planner does not use it yet, and a full-text query waits for its index. Only
	 * when every pending statement creates or drops an index or a constraint ({@link #netSchemaChange}); anything
	 * else, or a failure, and the migrations are applied one by one as {@link #migrate()} does.
	 * @return the migration level after applying
	 * @throws MigrationException when an applied migration's file changed since, or a statement fails
	 */
	public int migrateTogether() {
		var migrations = migrations();
		var applied = applied();
		if (level(applied) > known(migrations)) {
			return migrate(); // says so, and applies nothing
		}
		var pending = new java.util.ArrayList<Migration>();
		int level = 0;
		for (var migration : migrations) {
			var checksum = applied.get(migration.version());
			if (checksum != null && !checksum.equals(migration.checksum())) {
				return migrate(); // reports the changed file
			}
			if (checksum == null) {
				pending.add(migration);
			}
			level = migration.version();
		}
		if (pending.isEmpty()) {
			return level;
		}
		var statements = netSchemaChange(pending.stream().flatMap(m -> m.statements().stream()).toList());
		if (statements == null) {
			return migrate();
		}
		long started = System.nanoTime();
		// One transaction each, constraints first. Not several constraint transactions at once: two schema
		// transactions deadlock on the label locks (tried).
		try (var session = session()) {
			for (var statement : statements) {
				if (DROP_SCHEMA.matcher(code(statement)).matches()) {
					session.run(statement).consume();
				}
			}
			for (boolean constraints : new boolean[] { true, false }) {
				try (var tx = session.beginTransaction()) {
					for (var statement : statements) {
						if (CREATE_SCHEMA.matcher(code(statement)).lookingAt()
								&& CONSTRAINT.matcher(code(statement)).lookingAt() == constraints) {
							tx.run(statement).consume();
						}
					}
					tx.commit();
				}
			}
		}
		catch (RuntimeException ex) {
			log.info("Schema migrations could not be applied together ({}); applying them one by one", ex.getMessage());
			return migrate();
		}
		try (var session = session()) {
			for (var migration : pending) {
				// not the JavaMigrations' code: it brings up to date what an older ChainGraph stored, and every node
				// of a store just bulk-imported was written by this one (V0011 would read 1,000,000 firms for nothing)
				record(session, migration);
			}
		}
		log.info("Applied schema migrations V{} to V{} together in {} ms", pending.getFirst().version(),
				pending.getLast().version(), (System.nanoTime() - started) / 1_000_000);
		return level;
	}

	/**
	 * What the pending statements change in the schema as a whole: an index or constraint that a later statement drops
	 * again is neither created nor dropped (a new store never builds an index only to throw it away: V0007 and V0008
	 * drop the range and the text index on 1,000,000 firm names that V0002 and V0005 created); drops of what existed
	 * before stay. Null when a statement is anything but creating or dropping an index or constraint.
	 */
	static List<String> netSchemaChange(List<String> statements) {
		var created = new java.util.LinkedHashMap<String, String>();
		var drops = new java.util.ArrayList<String>();
		for (var statement : statements) {
			var create = CREATED_NAME.matcher(code(statement));
			var drop = DROP_SCHEMA.matcher(code(statement));
			if (create.lookingAt()) {
				var name = create.group(4);
				boolean unnamed = name.equalsIgnoreCase("IF") || name.equalsIgnoreCase("FOR");
				created.put(unnamed ? statement : name, statement);
			}
			else if (drop.matches()) {
				if (created.remove(drop.group(2)) == null) {
					drops.add(statement);
				}
			}
			else {
				return null;
			}
		}
		var net = new java.util.ArrayList<>(drops);
		net.addAll(created.values());
		return net;
	}

	/** The highest applied migration version, 0 when none is applied. */
	public int level() {
		return level(applied());
	}

	private Map<Integer, String> applied() {
		try (var session = session()) {
			var result = new HashMap<Integer, String>();
			session.run(this.catalog.query("system/applied-migrations"))
				.forEachRemaining(r -> result.put(r.get("version").asInt(), r.get("checksum").asString()));
			return result;
		}
	}

	/**
	 * Applies one migration, again when it meets a passing failure: a schema statement takes exclusive locks on the
	 * labels it covers, and a query of a replica already serving (a search over the same labels) can meet it in a
	 * deadlock that Neo4j breaks by failing the statement (seen with two replicas starting on an empty graph). A
	 * migration is safe to run again (IF NOT EXISTS, re-runnable data statements, {@link JavaMigration}); without the
	 * retry the instance that held the lock failed to start.
	 */
	private void apply(Migration migration) {
		for (int attempt = 1;; attempt++) {
			try {
				applyOnce(migration);
				return;
			}
			catch (RuntimeException ex) {
				if (attempt == ATTEMPTS || !passing(ex)) {
					throw ex;
				}
				long wait = 250L << (attempt - 1);
				log.info("Migration V{} met a passing failure, trying it again in {} ms (迁移遇到暂时性错误，稍后重试): {}",
						migration.version(), wait, passingCause(ex).getMessage());
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** Whether Neo4j failed it for a passing cause (a deadlock, a lock timeout): the driver's own rule for retries. */
	private static boolean passing(Throwable ex) {
		return passingCause(ex) != null;
	}

	private static Throwable passingCause(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientException) {
				return cause;
			}
		}
		return null;
	}

	private void applyOnce(Migration migration) {
		long started = System.nanoTime();
		try (var session = session()) {
			applyCode(session, migration);
			for (var statement : migration.statements()) {
				try {
					session.run(statement).consume();
				}
				catch (RuntimeException ex) {
					throw new MigrationException("Migration " + migration.path() + " failed at statement:\n"
							+ statement + "\n" + ex.getMessage(), ex);
				}
			}
			record(session, migration);
		}
		log.info("Applied schema migration V{} ({}) in {} ms", migration.version(), migration.description(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Runs a {@link JavaMigration}'s code (nothing for a file). */
	private void applyCode(org.neo4j.driver.Session session, Migration migration) {
		if (migration.code() == null) {
			return;
		}
		try {
			migration.code().apply(session, this.catalog);
		}
		catch (RuntimeException ex) {
			throw new MigrationException("Migration " + migration.path() + " failed: " + ex.getMessage(), ex);
		}
	}

	/** The statement without its comment lines. */
	private static String code(String statement) {
		return statement.lines().filter(l -> !l.strip().startsWith("//")).collect(java.util.stream.Collectors.joining("\n"));
	}

	private void record(org.neo4j.driver.Session session, Migration migration) {
		session
			.run(this.catalog.query("system/record-migration"),
					Values.parameters("version", migration.version(), "description", migration.description(),
							"checksum", migration.checksum(), "path", migration.path()))
			.consume();
	}

	private org.neo4j.driver.Session session() {
		var config = this.database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(this.database);
		return this.driver.session(config);
	}

}
