// The segments each product belongs to (产品所属环节).
// Parameters: $keys, a list of product names; one row per (key, item).
// Example:    :param keys => ['阴极铜']
UNWIND $keys AS key
MATCH (:Product {name: key})-[:IN_SEGMENT]->(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN key, s {.*, parentId: p.id} AS item
ORDER BY key, s.id
