/**
 * A data set folder in the {@code chaingraph/v1} format (loader/FORMATS.md): read, validated as a whole, and turned
 * into the node and relationship rows the graph writer upserts.
 */
package io.chaingraph.loader.dataset;
