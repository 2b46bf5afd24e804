// What a text that names no segment may have meant (您是否要找), for the NOT_FOUND answer only: every segment with how
// its name relates to the text, as chain/suggest does for chains: 0 when a name or alias holds the text (铜箔 →
// 电解铜箔), 1 when the text holds one of at least two characters, null otherwise (the API keeps those only when the id
// is a typing slip away). A graph has hundreds of segments, not more.
// Parameters: $text.
// Example:    :param text => '铜箔'
MATCH (s:Segment)
WITH s, [s.name] + coalesce(s.aliases, []) AS names
WITH s, CASE
  WHEN any(n IN names WHERE n CONTAINS $text) THEN 0
  WHEN any(n IN names WHERE size(n) >= 2 AND $text CONTAINS n) THEN 1
END AS rank
ORDER BY rank, size(s.name), s.id
LIMIT 5000
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN s {.*, parentId: p.id} AS item, rank
