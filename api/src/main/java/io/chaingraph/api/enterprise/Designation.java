package io.chaingraph.api.enterprise;

import java.util.Map;

import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.graphql.Source;

/** The GraphQL type {@code Designation}: firm {@code enterpriseKey} is 链主 (…) of a chain in a region. */
public record Designation(String key, String kind, String label, String enterpriseKey, String chainKey,
		String regionCode, String by, Integer year, Source source) {

	public String id() {
		return GlobalId.of("Designation", this.key);
	}

	public static Designation of(Map<String, Object> p) {
		return new Designation(Props.text(p, "id"), Props.text(p, "kind"), Props.text(p, "label"),
				Props.text(p, "enterpriseId"), Props.text(p, "chainId"), Props.text(p, "regionCode"), Props.text(p, "by"),
				Props.integer(p, "year"), Source.of(p));
	}

}
