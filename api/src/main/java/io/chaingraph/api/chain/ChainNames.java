package io.chaingraph.api.chain;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Lookup;

import org.springframework.stereotype.Component;

/**
 * Chains by name or alias (有色金属, 铜产业链, LED): {@code chain(name:)}, and the questions that take a chain key, for
 * a text that is not one.
 */
@Component
public class ChainNames {

	private final GraphReads reads;

	public ChainNames(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The chain with this name, else with it as an alias; null when none has it.
	 * @throws ApiException BAD_INPUT when several chains share it
	 */
	public Chain find(String name) {
		var found = this.reads.list("chain/by-name", Map.of("name", name.strip()),
				r -> new Lookup.Match<>(Chain.of(r.get("item").asMap()), r.get("matches").asInt()));
		return Lookup.unambiguous("Chain 产业链", name, found, c -> c.name() + " (" + c.key() + ")",
				"give the key or the id (产业链名称不唯一，请改用业务主键或 ID)");
	}

	/** The key of the chain the text names, or the text itself when it names none (it may be a key). */
	public String key(String text) {
		var chain = find(text);
		return chain == null ? text : chain.key();
	}

	/**
	 * The key the text is, or the key of the chain it names: for a filter that matched nothing, to tell a chain
	 * written by name (有色金属) from one the graph does not have.
	 * @throws ApiException NOT_FOUND when the text is neither a chain key nor a chain's name or alias
	 */
	public String known(String text) {
		if (!this.reads.list("chain/by-keys", Map.of("keys", List.of(text)), r -> r).isEmpty()) {
			return text;
		}
		var chain = find(text);
		if (chain == null) {
			throw ApiException.notFound("Chain 产业链", text);
		}
		return chain.key();
	}

}
