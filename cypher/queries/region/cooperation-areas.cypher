// The cooperation areas each region belongs to (所属区域合作区).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36']
UNWIND $keys AS key
MATCH (:Region {code: key})-[:MEMBER_OF]->(a:Region)
RETURN key, a {.*} AS item
ORDER BY key, a.code
