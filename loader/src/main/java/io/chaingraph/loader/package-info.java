/**
 * The loader: reads ChainGraph's input files, validates all of them before the first write, and writes the graph
 * over Bolt so that a failed load leaves it as it was.
 */
package io.chaingraph.loader;
