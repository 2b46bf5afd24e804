// Chain-leader designations (链主) of each chain, per region (产业链链主).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous']
UNWIND $keys AS key
MATCH (e:Enterprise)-[:HOLDS]->(d:Designation {kind: 'CHAIN_LEADER'})-[:FOR_CHAIN]->(:Chain {id: key})
MATCH (d)-[:IN_REGION]->(r:Region)
RETURN key, d {.*, enterpriseId: e.id, chainId: key, regionCode: r.code} AS item
ORDER BY key, r.code, e.id
