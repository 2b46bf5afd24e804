package io.chaingraph.model.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher files of the {@code cypher/} module, read from the classpath under {@code cypher/}.
 * <p>
 * A query is named by its path below {@code queries/} without the extension, e.g. {@code "system/ping"} for
 * {@code cypher/queries/system/ping.cypher}: the same file an analyst opens in Neo4j Browser. Files are sent as
 * they are, comments included, so what runs is exactly what is in the repository.
 */
public final class CypherCatalog {

	private static final String ROOT = "cypher/";

	private static final CypherCatalog DEFAULT = new CypherCatalog(CypherCatalog.class.getClassLoader());

	private final ClassLoader classLoader;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	private volatile List<String> index;

	public CypherCatalog(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/** The catalog on this class's own class path. */
	public static CypherCatalog standard() {
		return DEFAULT;
	}

	/** The text of the named query, e.g. {@code query("chain/chain-map")}. */
	public String query(String name) {
		return this.cache.computeIfAbsent("queries/" + name + ".cypher", this::read);
	}

	/** Every file of the catalog, as paths relative to {@code cypher/} ({@code migrations/…}, {@code queries/…}), sorted. */
	public List<String> files() {
		var files = this.index;
		if (files == null) {
			files = read("INDEX").lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
			this.index = files;
		}
		return files;
	}

	/** Every query name, e.g. {@code system/ping}. */
	public List<String> queryNames() {
		return files().stream()
			.filter(f -> f.startsWith("queries/"))
			.map(f -> f.substring("queries/".length(), f.length() - ".cypher".length()))
			.toList();
	}

	/** The text of a catalog file by its path relative to {@code cypher/}. */
	public String file(String path) {
		return this.cache.computeIfAbsent(path, this::read);
	}

	private String read(String path) {
		try (InputStream in = this.classLoader.getResourceAsStream(ROOT + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No Cypher file cypher/" + path
						+ " on the class path (is chaingraph-cypher a dependency, and was it built?)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read cypher/" + path, ex);
		}
	}

}
