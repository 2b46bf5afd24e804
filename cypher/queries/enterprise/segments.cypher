// The segments each enterprise operates in (企业所属环节).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['600362-sh']
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:OPERATES_IN]->(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN key, s {.*, parentId: p.id} AS item
ORDER BY key, s.id
