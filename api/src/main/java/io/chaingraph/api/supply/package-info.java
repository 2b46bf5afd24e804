/**
 * Upstream and downstream (上游 / 下游): breadth-first traversal of supply links between segments or products.
 */
package io.chaingraph.api.supply;
