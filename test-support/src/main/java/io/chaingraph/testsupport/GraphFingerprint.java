package io.chaingraph.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
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
		return of(driver, ignoredProperties, Set.of());
	}

	/**
	 * The fingerprint without the named properties and without the nodes of the named labels and their relationships,
	 * e.g. the {@code DataSet} records and the {@code AuditEntry} trail when a graph is compared with its export
	 * loaded elsewhere: bookkeeping of each graph, not its data.
	 */
	public static String of(Driver driver, Set<String> ignoredProperties, Set<String> ignoredLabels) {
		try (var session = driver.session()) {
			var lines = new ArrayList<String>();
			// Relationships name their ends by element id and take the ends' text from the node rows: sending every
			// end's properties again for each relationship made a fingerprint of the demo graph twice as slow.
			var nodes = new HashMap<String, String>();
			session.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props")
				.forEachRemaining(r -> {
					var props = sorted(r.get("props").asMap(), ignoredProperties);
					nodes.put(r.get("id").asString(), props);
					var labels = r.get("labels").asList();
					if (labels.stream().anyMatch(ignoredLabels::contains)) {
						nodes.remove(r.get("id").asString());
					}
					else if (!labels.contains("SchemaMigration") && !labels.contains("SchemaMigrationLock")) {
						lines.add(labels + props);
					}
				});
			session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS r, elementId(b) AS b")
				.forEachRemaining(r -> {
					var a = nodes.get(r.get("a").asString());
					var b = nodes.get(r.get("b").asString());
					if (a != null && b != null) {
						lines.add(a + r.get("type").asString() + sorted(r.get("r").asMap(), ignoredProperties) + b);
					}
				});
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
