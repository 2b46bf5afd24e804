/**
 * What every GraphQL operation shares: error codes, request limits checked before Neo4j is touched, global IDs,
 * cursors and read transactions with a timeout.
 */
package io.chaingraph.api.graphql;
