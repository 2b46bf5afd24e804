// Clusters by id (按主键查产业集群).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['nc-aviation']
UNWIND $keys AS key
MATCH (c:Cluster {id: key})
RETURN key, c {.*} AS item
