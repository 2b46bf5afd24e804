/**
 * Who may do what: API tokens from the configuration, the caller a request's {@code Authorization: Bearer} header
 * names, and the rule that only an EDITOR changes the graph.
 */
package io.chaingraph.api.access;
