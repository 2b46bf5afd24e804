/**
 * 补链 targets (补链招商目标企业): firms outside a region that work in its MISSING or WEAK segments, ranked by a score
 * whose every point comes from a named reason with a configurable weight ({@code chaingraph.targets.weights.*}).
 */
package io.chaingraph.api.target;
