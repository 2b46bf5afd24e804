// The designations each enterprise holds (企业获得的认定).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['600362-sh']
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c:Chain)
MATCH (d)-[:IN_REGION]->(r:Region)
RETURN key, d {.*, enterpriseId: key, chainId: c.id, regionCode: r.code} AS item
ORDER BY key, d.id
