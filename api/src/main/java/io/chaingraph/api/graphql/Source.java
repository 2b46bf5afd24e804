package io.chaingraph.api.graphql;

import java.util.Map;

/** The GraphQL type {@code Source}: provenance read from an element's {@code source}, {@code quote}, {@code illustrative}. */
public record Source(String reference, String quote, boolean illustrative) {

	public static Source of(Map<String, Object> properties) {
		var reference = (String) properties.get("source");
		return new Source(reference == null ? "unknown" : reference, (String) properties.get("quote"),
				Boolean.TRUE.equals(properties.get("illustrative")) || "illustrative".equals(reference));
	}

}
