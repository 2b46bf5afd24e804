// The members of each cooperation area (区域合作区成员).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['CA-YRD']
UNWIND $keys AS key
MATCH (m:Region)-[:MEMBER_OF]->(:Region {code: key})
OPTIONAL MATCH (m)-[:PART_OF]->(p:Region)
RETURN key, m {.*, parentCode: p.code} AS item
ORDER BY key, m.code
