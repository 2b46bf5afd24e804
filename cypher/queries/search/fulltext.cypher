// Chinese full-text search over names and aliases (中文全文检索), cjk analyzer: character pairs, so at least two
// characters. Ranked by Lucene's score.
// Parameters: $query (Lucene syntax, special characters escaped by the caller), $labels (list or null), $limit.
// Example:    :param query => '铜业'  :param labels => null  :param limit => 20
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit * 4}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN ['Enterprise', 'Chain', 'Segment', 'Product', 'Region', 'Cluster', 'Industry']][0] AS type
WHERE $labels IS NULL OR type IN $labels
OPTIONAL MATCH (node)-[:LOCATED_IN]->(r:Region) WHERE node:Enterprise
OPTIONAL MATCH (node)-[:SUB_SEGMENT_OF]->(p:Segment)
OPTIONAL MATCH (node)-[:PART_OF]->(rp:Region) WHERE node:Region
RETURN type, node {.*, regionCode: r.code, parentId: p.id, parentCode: rp.code} AS item, score, 'FULLTEXT' AS matchedBy
ORDER BY score DESC, item.name
LIMIT $limit
