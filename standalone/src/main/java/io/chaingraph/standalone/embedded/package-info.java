/**
 * The embedded Neo4j server (Bolt only) and when it runs: unless {@code NEO4J_URI} names another Neo4j.
 */
package io.chaingraph.standalone.embedded;
