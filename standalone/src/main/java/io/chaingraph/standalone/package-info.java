/**
 * The one-machine bundle behind {@code ./chaingraph}: the API and the loader with an embedded Neo4j and Neo4j
 * Browser. GPL-3.0 parts (Neo4j Community, Neo4j Browser) are confined to this module.
 */
package io.chaingraph.standalone;
