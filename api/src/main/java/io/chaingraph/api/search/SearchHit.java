package io.chaingraph.api.search;

/** The GraphQL type {@code SearchHit}. */
public record SearchHit(String type, Object node, String name, double score, String matchedBy) {
}
