// Regions sharing a border with each region, either direction (相邻地区).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36']
UNWIND $keys AS key
MATCH (:Region {code: key})-[:NEIGHBOURS]-(n:Region)
OPTIONAL MATCH (n)-[:PART_OF]->(p:Region)
RETURN key, n {.*, parentCode: p.code} AS item
ORDER BY key, n.code
