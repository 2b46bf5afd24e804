/**
 * Data sets (数据集): what has been loaded into the graph, when its content last changed, and which data sets state a
 * fact ({@code Source.dataSets}), so that every answer can say how fresh it is.
 */
package io.chaingraph.api.dataset;
