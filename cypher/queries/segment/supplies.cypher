// Segments each segment directly feeds (直接下游环节).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous/copper-foil']
UNWIND $keys AS key
MATCH (:Segment {id: key})-[:SUPPLIES]->(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN key, s {.*, parentId: p.id} AS item
ORDER BY key, s.id
