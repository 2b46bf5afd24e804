/**
 * Ordered, checksummed schema migrations, each applied once and recorded in the graph.
 */
package io.chaingraph.model.schema;
