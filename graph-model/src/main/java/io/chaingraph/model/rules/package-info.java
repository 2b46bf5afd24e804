/**
 * The rules a record must follow to enter the graph, and the words for each broken rule: one place the loader (for
 * files) and the API (for curation mutations) both check against, so both say the same thing about the same mistake.
 */
package io.chaingraph.model.rules;
