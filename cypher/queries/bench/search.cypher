// Benchmark baseline (direct Cypher): full-text search for a name, best 20 (基准测试：全文检索).
// Parameters: $query, Lucene query text.
// Example:    :param query => '铜业'
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: 20}) YIELD node, score
RETURN labels(node)[0] AS type, node.name AS name, score
ORDER BY score DESC
