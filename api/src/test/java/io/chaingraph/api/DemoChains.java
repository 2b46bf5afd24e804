package io.chaingraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * The demo's chain files read here, without the loader and without Neo4j: the independent side of the tests of
 * supply links (the segments' names, and the links either way, by qualified segment key).
 */
public final class DemoChains {

	/** segment key → the segments it supplies directly. */
	public static final Map<String, Set<String>> FEEDS;

	/** segment key → the segments that supply it directly. */
	public static final Map<String, Set<String>> FED_BY;

	/** segment key → its name. */
	public static final Map<String, String> NAMES;

	static {
		var feeds = new HashMap<String, Set<String>>();
		var fedBy = new HashMap<String, Set<String>>();
		var names = new HashMap<String, String>();
		var loader = DemoChains.class.getClassLoader();
		try (InputStream index = loader.getResourceAsStream("demo/INDEX")) {
			for (var name : new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
				if (!name.startsWith("chains/")) {
					continue;
				}
				try (InputStream in = loader.getResourceAsStream("demo/" + name)) {
					Map<String, Object> chain = new Yaml().load(in);
					var id = (String) chain.get("id");
					name(id, list(chain.get("segments")), names);
					for (var link : list(chain.get("supplies"))) {
						var from = qualify(id, (String) link.get("from"));
						var to = qualify(id, (String) link.get("to"));
						feeds.computeIfAbsent(from, k -> new HashSet<>()).add(to);
						fedBy.computeIfAbsent(to, k -> new HashSet<>()).add(from);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FEEDS = Map.copyOf(feeds);
		FED_BY = Map.copyOf(fedBy);
		NAMES = Map.copyOf(names);
	}

	private DemoChains() {
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	/** The names of a chain file's segments, children too, by key. */
	private static void name(String chain, List<Map<String, Object>> segments, Map<String, String> names) {
		for (var segment : segments) {
			names.put(qualify(chain, (String) segment.get("id")), (String) segment.get("name"));
			name(chain, list(segment.get("children")), names);
		}
	}

	/** A link's end as the files write it: a segment of the chain itself, or {@code chain/segment} of another. */
	private static String qualify(String chain, String segment) {
		return segment.contains("/") ? segment : chain + "/" + segment;
	}

}
