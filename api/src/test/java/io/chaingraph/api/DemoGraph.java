package io.chaingraph.api;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo data set in the shared test Neo4j, loaded once per test JVM. API tests read it; a test that adds data
 * on top (say an import) calls {@link #restore()} when it is done.
 */
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

	/** Removes what a test added and loads the demo data set again, for the test classes that follow. */
	public static synchronized void restore() {
		loaded = false;
		ensureLoaded();
	}

	/** For a test class that reads the demo data set ({@code @ExtendWith(DemoGraph.Loaded.class)}): loaded before it. */
	public static class Loaded implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			ensureLoaded();
		}

	}

	/**
	 * For a test class that changes the graph ({@code @ExtendWith(DemoGraph.Changed.class)}): the demo data set
	 * before its first test, and again after its last, for the classes that follow.
	 */
	public static final class Changed extends Loaded implements AfterAllCallback {

		@Override
		public void afterAll(ExtensionContext context) {
			restore();
		}

	}

}
