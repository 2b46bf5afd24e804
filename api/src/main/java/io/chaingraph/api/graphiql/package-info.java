/**
 * GraphiQL at {@code /graphiql}, served with its libraries by this service (no CDN), with the example operations.
 */
package io.chaingraph.api.graphiql;
