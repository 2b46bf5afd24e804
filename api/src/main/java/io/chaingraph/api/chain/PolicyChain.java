package io.chaingraph.api.chain;

import java.util.Map;

import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code PolicyChain}: region {@code regionCode} names chain {@code chainKey} in a programme. */
public record PolicyChain(String regionCode, String chainKey, String program, String tier, String chief, Source source) {

	public static PolicyChain of(Map<String, Object> p) {
		return new PolicyChain(Props.text(p, "regionCode"), Props.text(p, "chainId"), Props.text(p, "program"),
				Props.text(p, "tier"), Props.text(p, "chief"), Source.of(p));
	}

}
