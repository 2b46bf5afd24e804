// Clusters located in each region or its sub-regions (区内产业集群).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['36']
UNWIND $keys AS key
MATCH (c:Cluster)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: key})
WITH DISTINCT key, c
RETURN key, c {.*} AS item
ORDER BY key, c.id
