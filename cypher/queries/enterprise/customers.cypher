// The firms each enterprise supplies (企业的下游客户).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['600362-sh']
UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:SUPPLIES_TO]->(e:Enterprise)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN key, e {.*, regionCode: r.code} AS item
ORDER BY key, e.id
