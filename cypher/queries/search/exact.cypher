// Exact codes and keys: region codes, stock codes (with or without exchange), credit codes, chain and segment ids,
// industry codes (按代码精确查找).
// Parameters: $text, $labels (list or null).
// Example:    :param text => '600362'  :param labels => null
CALL (*) {
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
OPTIONAL MATCH (n)-[:LOCATED_IN]->(r:Region) WHERE n:Enterprise
OPTIONAL MATCH (n)-[:SUB_SEGMENT_OF]->(p:Segment)
OPTIONAL MATCH (n)-[:PART_OF]->(rp:Region) WHERE n:Region
RETURN type, n {.*, regionCode: r.code, parentId: p.id, parentCode: rp.code} AS item, 100.0 AS score, 'EXACT' AS matchedBy
