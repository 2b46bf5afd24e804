// The chains of each cluster (产业集群相关产业链).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['nc-aviation']
UNWIND $keys AS key
MATCH (:Cluster {id: key})-[:FOCUSES_ON]->(c:Chain)
RETURN key, c {.*} AS item
ORDER BY key, c.id
