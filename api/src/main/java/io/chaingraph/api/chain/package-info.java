/**
 * Chains (产业链) and their segments (环节): the chain map, the segment tree and supply links.
 */
package io.chaingraph.api.chain;
