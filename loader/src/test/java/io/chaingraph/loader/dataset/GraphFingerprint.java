package io.chaingraph.loader.dataset;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** Every node and relationship with all labels and properties, as one sorted text: equal texts, equal graphs. */
final class GraphFingerprint {

	private GraphFingerprint() {
	}

	static String of(Driver driver) {
		try (var session = driver.session()) {
			var lines = new ArrayList<String>();
			session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS props")
				.forEachRemaining(r -> lines.add(r.get("labels").asList() + sorted(r.get("props").asMap())));
			session.run("MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS type, properties(r) AS r, properties(b) AS b")
				.forEachRemaining(r -> lines.add(sorted(r.get("a").asMap()) + r.get("type").asString()
						+ sorted(r.get("r").asMap()) + sorted(r.get("b").asMap())));
			lines.sort(null);
			return lines.size() + "\n" + String.join("\n", lines);
		}
	}

	private static String sorted(Map<String, Object> properties) {
		return new TreeMap<>(properties).toString();
	}

}
