// Designations by id, with their firm, chain and region (按主键查认定).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['CHAIN_LEADER:jx-nonferrous:36:600362-sh']
UNWIND $keys AS key
MATCH (e:Enterprise)-[:HOLDS]->(d:Designation {id: key})-[:FOR_CHAIN]->(c:Chain)
MATCH (d)-[:IN_REGION]->(r:Region)
RETURN key, d {.*, enterpriseId: e.id, chainId: c.id, regionCode: r.code} AS item
