/**
 * The ChainGraph property graph: what lives in Neo4j and how it is reached. Depends on no other ChainGraph module.
 */
package io.chaingraph.model;
