// Search in one statement, best first (检索): exact codes and keys (区划代码, 股票代码 with or without exchange,
// 统一社会信用代码, chain, segment and industry ids) score 100; then, while fewer than $limit, the cjk full-text
// index over names and aliases (two characters and more: the analyzer indexes character pairs), by Lucene's score;
// then, while still fewer, names containing the text, shorter names first, which is how a one-character search
// ('铜') finds anything. A later pass only runs when the earlier ones found fewer than $limit different nodes; a node
// found twice comes back twice (the caller keeps its first, better hit).
// Parameters: $text; $query, the text as a Lucene query with special characters escaped, or null for one character;
//             $labels, a list of labels or null for all; $limit.
// Example:    :param text => '铜业'  :param query => '铜业'  :param labels => null  :param limit => 20
CALL () {
  MATCH (n:Region {code: $text}) RETURN n, 'Region' AS type
  UNION
  MATCH (n:Enterprise {id: $text}) RETURN n, 'Enterprise' AS type
  UNION
  MATCH (n:Enterprise {creditCode: $text}) RETURN n, 'Enterprise' AS type
  UNION
  MATCH (n:Enterprise) WHERE n.stockCode = $text OR n.stockCode STARTS WITH $text + '.' RETURN n, 'Enterprise' AS type
  UNION
  MATCH (n:Chain {id: $text}) RETURN n, 'Chain' AS type
  UNION
  MATCH (n:Segment {id: $text}) RETURN n, 'Segment' AS type
  UNION
  MATCH (n:Industry {code: $text}) RETURN n, 'Industry' AS type
}
WITH n, type WHERE $labels IS NULL OR type IN $labels
WITH collect({n: n, type: type, score: 100.0, matchedBy: 'EXACT'}) AS exact
CALL (exact) {
  WITH exact WHERE size(exact) < $limit AND $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit * 4}) YIELD node, score
  WITH node, score,
       [l IN labels(node) WHERE l IN ['Enterprise', 'Chain', 'Segment', 'Product', 'Region', 'Cluster', 'Industry']][0] AS type
  WHERE $labels IS NULL OR type IN $labels
  WITH node, score, type ORDER BY score DESC, node.name LIMIT $limit
  RETURN collect({n: node, type: type, score: score, matchedBy: 'FULLTEXT'}) AS fulltext
}
WITH exact + fulltext AS hits, [e IN exact | e.n] AS exactNodes, fulltext
CALL (hits, exactNodes, fulltext) {
  WITH hits WHERE size(exactNodes) + size([f IN fulltext WHERE NOT f.n IN exactNodes]) < $limit
  CALL (*) {
    MATCH (n:Chain) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Chain' IN $labels)
    RETURN n, 'Chain' AS type LIMIT $limit
    UNION
    MATCH (n:Segment) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Segment' IN $labels)
    RETURN n, 'Segment' AS type LIMIT $limit
    UNION
    MATCH (n:Enterprise) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Enterprise' IN $labels)
    RETURN n, 'Enterprise' AS type LIMIT $limit
    UNION
    MATCH (n:Region) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Region' IN $labels)
    RETURN n, 'Region' AS type LIMIT $limit
    UNION
    MATCH (n:Cluster) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Cluster' IN $labels)
    RETURN n, 'Cluster' AS type LIMIT $limit
    UNION
    MATCH (n:Product) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Product' IN $labels)
    RETURN n, 'Product' AS type LIMIT $limit
  }
  WITH n, type ORDER BY size(n.name), n.name LIMIT $limit
  RETURN collect({n: n, type: type, score: 1.0 / size(n.name), matchedBy: 'CONTAINS'}) AS contains
}
UNWIND hits + coalesce(contains, []) AS hit
WITH hit.n AS n, hit
RETURN hit.type AS type,
       n {.*, regionCode: [(n)-[:LOCATED_IN]->(r:Region) WHERE n:Enterprise | r.code][0],
           parentId: [(n)-[:SUB_SEGMENT_OF]->(p:Segment) | p.id][0],
           parentCode: [(n)-[:PART_OF]->(rp:Region) WHERE n:Region | rp.code][0]} AS item,
       hit.score AS score, hit.matchedBy AS matchedBy
