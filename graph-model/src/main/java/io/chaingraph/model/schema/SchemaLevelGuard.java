package io.chaingraph.model.schema;

import java.util.List;
import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Keeps a ChainGraph from writing to a graph a newer ChainGraph has migrated past the migrations it knows. In a
 * rolling upgrade the first new replica migrates the graph while old ones still run; what an old one wrote from then
 * on would be in the old form (V0011's name keys, say) and stay so until some later migration happened to rewrite it.
 * So every write transaction asks first: has the graph a migration above this ChainGraph's, applied or announced
 * (a migrating instance announces its level before it applies anything, {@code migration-lock})? An old replica then
 * keeps answering queries and refuses changes until it is replaced. What a write transaction that asked before the
 * announcement commits after it is not caught: one transaction's worth. One small read of a handful of nodes per
 * write.
 */
public final class SchemaLevelGuard {

	private final CypherCatalog catalog;

	private final int knownLevel;

	public SchemaLevelGuard(CypherCatalog catalog, int knownLevel) {
		this.catalog = catalog;
		this.knownLevel = knownLevel;
	}

	/** The guard of this ChainGraph's migrations ({@link SchemaMigrator#knownLevel()}). */
	public static SchemaLevelGuard standard() {
		return Standard.GUARD;
	}

	/** The highest schema level this ChainGraph knows. */
	public int knownLevel() {
		return this.knownLevel;
	}

	/**
	 * Call first in a write transaction.
	 * @throws NewerSchemaException when the graph holds migrations above {@link #knownLevel()}
	 */
	public void beforeWrite(SimpleQueryRunner tx) {
		var newer = newer(tx);
		if (!newer.isEmpty()) {
			throw new NewerSchemaException(newer.getLast().version(), this.knownLevel,
					newer.stream().map(Applied::toString).toList());
		}
	}

	/**
	 * The migrations above {@link #knownLevel()} applied to the graph, or announced by an instance applying them, in
	 * version order.
	 */
	List<Applied> newer(SimpleQueryRunner runner) {
		var byVersion = new java.util.TreeMap<Integer, Applied>();
		runner.run(this.catalog.query("system/newer-migrations"), Map.of("known", this.knownLevel)).forEachRemaining(r -> {
			var applied = new Applied(r.get("version").asInt(), r.get("description").isNull() ? null
					: r.get("description").asString());
			byVersion.merge(applied.version(), applied, (a, b) -> a.description() != null ? a : b);
		});
		return List.copyOf(byVersion.values());
	}

	/** A migration as its record says; without a description when it is only announced, not applied yet. */
	record Applied(int version, String description) {

		@Override
		public String toString() {
			return this.description == null ? "V%04d being applied (迁移中)".formatted(this.version)
					: "V%04d %s".formatted(this.version, this.description);
		}

	}

	/** Computed once: the catalog's files do not change while the service runs. */
	private static final class Standard {

		static final SchemaLevelGuard GUARD = new SchemaLevelGuard(CypherCatalog.standard(),
				new SchemaMigrator(null).knownLevel());

	}

}
