package io.chaingraph.api.search;

/** The GraphQL type {@code SearchHit}; {@code node} is null when the request did not select it. */
public record SearchHit(String type, Object node, String name, double score, String matchedBy) {
}
