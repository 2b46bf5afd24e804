// Names containing a short text, for one-character searches the cjk index cannot answer (名称包含检索).
// Shorter names first (an exact or near-exact name is the likelier target). Text indexes serve the CONTAINS.
// Parameters: $text, $labels (list or null), $limit.
// Example:    :param text => '铜'  :param labels => null  :param limit => 20
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
OPTIONAL MATCH (n)-[:LOCATED_IN]->(r:Region) WHERE n:Enterprise
OPTIONAL MATCH (n)-[:SUB_SEGMENT_OF]->(p:Segment)
OPTIONAL MATCH (n)-[:PART_OF]->(rp:Region) WHERE n:Region
RETURN type, n {.*, regionCode: r.code, parentId: p.id, parentCode: rp.code} AS item,
       1.0 / size(n.name) AS score, 'CONTAINS' AS matchedBy
ORDER BY size(n.name), n.name
LIMIT $limit
