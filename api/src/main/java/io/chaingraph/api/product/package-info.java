/**
 * Products (产品) and 申万 industries (行业), mostly from the ChainKnowledgeGraph import.
 */
package io.chaingraph.api.product;
