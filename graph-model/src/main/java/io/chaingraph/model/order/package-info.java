/**
 * How names sort for Chinese readers (名称排序): a stored key per firm that Neo4j can order by.
 */
package io.chaingraph.model.order;
