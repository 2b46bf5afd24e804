// The regions of each cluster (产业集群所在地区).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['nc-aviation']
UNWIND $keys AS key
MATCH (:Cluster {id: key})-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
RETURN key, r {.*, parentCode: p.code} AS item
ORDER BY key, r.code
