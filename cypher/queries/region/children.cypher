// The sub-regions of each region (下级地区).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36']
UNWIND $keys AS key
MATCH (c:Region)-[:PART_OF]->(:Region {code: key})
RETURN key, c {.*, parentCode: key} AS item
ORDER BY key, c.code
