// The sub-segments of each segment (下级环节).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous/smelting']
UNWIND $keys AS key
MATCH (s:Segment)-[:SUB_SEGMENT_OF]->(:Segment {id: key})
RETURN key, s {.*, parentId: key} AS item
ORDER BY key, s.order
