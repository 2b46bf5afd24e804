// The firms that supply each enterprise (企业的上游供应商).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['600362-sh']
UNWIND $keys AS key
MATCH (e:Enterprise)-[:SUPPLIES_TO]->(:Enterprise {id: key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN key, e {.*, regionCode: r.code} AS item
ORDER BY key, e.id
