package io.chaingraph.api;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.testsupport.TestNeo4j;

/** The demo data set in the shared test Neo4j, loaded once per test JVM (every API test reads it, none writes). */
public final class DemoGraph {

	private static volatile boolean loaded;

	private DemoGraph() {
	}

	public static synchronized void ensureLoaded() {
		if (!loaded) {
			TestNeo4j.clearData();
			new GraphLoader(TestNeo4j.driver()).loadShipped(false);
			loaded = true;
		}
	}

}
