// Regions by code (按区划代码查地区).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36', '3601']
UNWIND $keys AS key
MATCH (r:Region {code: key})
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
RETURN key, r {.*, parentCode: p.code} AS item
