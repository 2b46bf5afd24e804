package io.chaingraph.api.chain;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Chain}, without its neighbours (those are batch-loaded). */
public record Chain(String key, String name, List<String> aliases, String description, Source source) {

	public String id() {
		return GlobalId.of("Chain", this.key);
	}

	public static Chain of(Map<String, Object> p) {
		return new Chain(Props.text(p, "id"), Props.text(p, "name"), Props.texts(p, "aliases"),
				Props.text(p, "description"), Source.of(p));
	}

}
