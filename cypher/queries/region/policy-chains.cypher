// The chains each region names as policy chains (地区的政策产业链).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36']
UNWIND $keys AS key
MATCH (:Region {code: key})-[p:HAS_POLICY_CHAIN]->(c:Chain)
RETURN key, p {.*, regionCode: key, chainId: c.id} AS item
ORDER BY key, c.id
