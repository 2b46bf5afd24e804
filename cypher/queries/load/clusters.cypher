// Upserts industrial clusters, bases and belts (产业集群、基地、产业带): creates what is new, updates what changed, reports what is unchanged.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune).
// Example:    :param rows => [{key: 'nc-aviation', props: {id: 'nc-aviation', name: '南昌航空产业集群', kind: 'CLUSTER', source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
OPTIONAL MATCH (existing:Cluster {id: row.key})
WITH row, existing IS NULL AS created,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (n:Cluster {id: row.key})
SET n += row.props,
    n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
