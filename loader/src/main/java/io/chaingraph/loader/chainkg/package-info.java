/**
 * The importer of the public ChainKnowledgeGraph data set (产业链知识图谱, liuhuanyong/ChainKnowledgeGraph): seven
 * JSON-lines files of A-share companies, 申万 2021 industries, main products and product-to-product relations, read
 * line by line, checked whole before the first write, and written in one transaction with provenance on every node
 * and relationship. The data set's known quirks are handled and reported, not treated as errors.
 */
package io.chaingraph.loader.chainkg;
