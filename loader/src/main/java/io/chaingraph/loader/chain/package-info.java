/**
 * Chains (产业链) in YAML: the segment tree (产业链树状图), supply links and policy designations of one chain.
 */
package io.chaingraph.loader.chain;
