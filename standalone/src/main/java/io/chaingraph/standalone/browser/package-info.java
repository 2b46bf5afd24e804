/**
 * Neo4j Browser served at {@code /browser/}, preset to the graph this service uses.
 */
package io.chaingraph.standalone.browser;
