/**
 * Curation (数据维护): the mutations that add or change enterprises, their links, tags, designations and supply
 * relations, validated with the loader's rules, each in one transaction with its audit entry; and the audit trail.
 */
package io.chaingraph.api.curation;
