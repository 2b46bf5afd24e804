// Every segment of each chain, tree order (产业链的全部环节).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous']
UNWIND $keys AS key
MATCH (c:Chain {id: key})<-[:IN_CHAIN]-(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN key, s {.*, parentId: p.id} AS item
ORDER BY key, coalesce(p.order, s.order), p IS NOT NULL, s.order
