// The regions naming each chain as a policy chain (产业链的政策认定与链长).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous']
UNWIND $keys AS key
MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c:Chain {id: key})
RETURN key, p {.*, regionCode: r.code, chainId: c.id} AS item
ORDER BY key, r.code
