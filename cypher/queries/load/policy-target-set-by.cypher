// Upserts the one policy document that sets each policy target, replacing any other (政策目标所属文件).
// Parameters: $rows, a list of {from, to, props} (the PolicyDocument's id and the PolicyTarget's id);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune).
// Example:    :param rows => [{from: 'jx-2019-26n-plan', to: 'jx-vr-2022', props: {source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
MATCH (b:PolicyTarget {id: row.to})
OPTIONAL MATCH (other:PolicyDocument)-[old:SETS]->(b)
  WHERE other.id <> row.from
WITH b, row, collect(old) AS stale
FOREACH (o IN stale | DELETE o)
WITH b, row, size(stale) AS moved
MATCH (a:PolicyDocument {id: row.from})
OPTIONAL MATCH (a)-[existing:SETS]->(b)
WITH a, b, row, moved, existing,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (a)-[r:SETS]->(b)
SET r += row.props,
    r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
RETURN count(CASE WHEN existing IS NULL AND moved = 0 THEN 1 END) AS created,
       count(CASE WHEN (existing IS NULL AND moved > 0) OR (existing IS NOT NULL AND NOT same) THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
