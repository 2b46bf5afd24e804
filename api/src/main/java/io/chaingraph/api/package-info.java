/**
 * The ChainGraph GraphQL API, one package per domain area; {@code system} holds what is not domain: schema on start,
 * health, info, the {@code about} query.
 */
package io.chaingraph.api;
