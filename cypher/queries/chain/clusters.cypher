// Clusters built around each chain (产业链相关产业集群).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-aviation']
UNWIND $keys AS key
MATCH (c:Cluster)-[:FOCUSES_ON]->(:Chain {id: key})
RETURN key, c {.*} AS item
ORDER BY key, c.id
