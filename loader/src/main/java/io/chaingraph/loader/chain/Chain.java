package io.chaingraph.loader.chain;

import java.util.List;

/**
 * One chain as read from its YAML file.
 *
 * @param id the chain's key
 * @param file the file it came from, for error messages
 * @param line the line its definition starts on
 * @param segments every segment of the tree, parents before children
 * @param policies the regions that name it as a policy chain
 * @param supplies its supply links, segment ids qualified as {@code <chain id>/<segment id>}
 */
public record Chain(String id, String name, List<String> aliases, String description, String source, String quote,
		String file, int line, List<Segment> segments, List<Policy> policies, List<Supply> supplies) {

	/**
	 * A segment (环节).
	 *
	 * @param id {@code <chain id>/<segment id>}
	 * @param parentId the parent segment's id, null for a top-level segment
	 * @param order position among its siblings, as written
	 */
	public record Segment(String id, String localId, String name, List<String> aliases, String position, String kind,
			String description, String parentId, int order, String source, String quote, int line) {
	}

	/** A region naming the chain in a programme (江西 "2+6+N", 江苏 531 …). */
	public record Policy(String region, String program, String tier, String chief, String source, String quote, int line) {
	}

	/** A supply link between two segments, upstream to downstream. */
	public record Supply(String from, String to, String source, String quote, int line) {
	}

}
