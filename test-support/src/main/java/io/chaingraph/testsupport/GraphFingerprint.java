package io.chaingraph.testsupport;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Every node and relationship with all labels and properties, as one sorted text: equal texts, equal graphs. Schema
 * migration records are left out (bookkeeping of the database, not data).
 */
public final class GraphFingerprint {

	private GraphFingerprint() {
	}

	public static String of(Driver driver) {
		return of(driver, Set.of());
	}

	/**
	 * The fingerprint without the named properties, e.g. {@code loadedAt}, the time a data set was recorded, when two
	 * graphs loaded at different times are compared.
	 */
	public static String of(Driver driver, Set<String> ignoredProperties) {
		try (var session = driver.session()) {
			var lines = new ArrayList<String>();
			session.run("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock RETURN labels(n) AS labels, properties(n) AS props")
				.forEachRemaining(r -> lines.add(r.get("labels").asList() + sorted(r.get("props").asMap(), ignoredProperties)));
			session.run("MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS type, properties(r) AS r, properties(b) AS b")
				.forEachRemaining(r -> lines.add(sorted(r.get("a").asMap(), ignoredProperties) + r.get("type").asString()
						+ sorted(r.get("r").asMap(), ignoredProperties) + sorted(r.get("b").asMap(), ignoredProperties)));
			lines.sort(null);
			return lines.size() + "\n" + String.join("\n", lines);
		}
	}

	private static String sorted(Map<String, Object> properties, Set<String> ignored) {
		var sorted = new TreeMap<>(properties);
		sorted.keySet().removeAll(ignored);
		return sorted.toString();
	}

}
