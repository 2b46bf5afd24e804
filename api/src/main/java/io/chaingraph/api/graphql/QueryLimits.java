package io.chaingraph.api.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every GraphQL request is checked against before it reaches Neo4j ({@code chaingraph.graphql.limits.*}).
 *
 * @param maxDepth deepest field nesting, fragments expanded
 * @param maxAliases aliased fields in one request
 * @param maxPageSize largest {@code first} a list accepts
 * @param defaultPageSize what a list returns when {@code first} is not given
 * @param listEstimate the size assumed for a plain list field (segments, children …) when estimating cost
 * @param maxComplexity estimated cost: each field and fragment spread costs 1 times the page sizes of the lists
 *        around it
 * @param maxTextLength longest string in a query's arguments (search text, names; inside filters and variables too)
 * @param maxDocumentLength longest request text in characters
 * @param maxBodySize largest HTTP request body (the request text and its variables as sent), refused before it is
 *        read ({@link io.chaingraph.api.system.RequestBodyLimit})
 */
@ConfigurationProperties("chaingraph.graphql.limits")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize, @DefaultValue("10") int listEstimate,
		@DefaultValue("50000") long maxComplexity, @DefaultValue("200") int maxTextLength,
		@DefaultValue("20000") int maxDocumentLength, @DefaultValue("1MB") DataSize maxBodySize) {
}
