package io.chaingraph.loader.dataset;

import org.neo4j.driver.Driver;

/** Every node and relationship with all labels and properties, as one sorted text: equal texts, equal graphs. */
final class GraphFingerprint {

	private GraphFingerprint() {
	}

	static String of(Driver driver) {
		return io.chaingraph.testsupport.GraphFingerprint.of(driver);
	}

}
