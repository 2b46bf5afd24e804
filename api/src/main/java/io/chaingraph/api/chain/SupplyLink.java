package io.chaingraph.api.chain;

import java.util.Map;

import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code SupplyLink}: upstream segment {@code fromKey} feeds {@code toKey}. */
public record SupplyLink(String fromKey, String toKey, Source source) {

	public static SupplyLink of(Map<String, Object> p) {
		return new SupplyLink(Props.text(p, "fromId"), Props.text(p, "toId"), Source.of(p));
	}

}
