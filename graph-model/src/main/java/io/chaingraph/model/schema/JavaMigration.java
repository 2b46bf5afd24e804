package io.chaingraph.model.schema;

import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Session;

/**
 * A migration Cypher alone cannot write, run by {@link SchemaMigrator} in version order with the files (as
 * neo4j-migrations' JavaBasedMigration): say, a property computed in Java for every node already stored. Its
 * statements still come from {@code cypher/queries/}. Like a file it runs once and is recorded; it must be safe to run
 * again after an interruption (it is recorded only when it returns).
 */
public interface JavaMigration {

	/** The version, unique among files and classes. */
	int version();

	/** What it does, in words. */
	String description();

	/**
	 * What its result depends on besides its code (empty for nothing): when this differs from what was recorded at
	 * its last run, it runs again (a file, in contrast, may never change once applied). V0011's is the name order's
	 * revision: a new ICU or a new reading rewrites the firms' name keys.
	 */
	default String revision() {
		return "";
	}

	/** Applies it; commits as it goes, so that a large store is done in batches. */
	void apply(Session session, CypherCatalog catalog);

}
