// Upserts measurable policy targets (政策目标): creates what is new, updates what changed, reports what is unchanged.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune).
// Example:    :param rows => [{key: 'jx-vr-2022', props: {id: 'jx-vr-2022', text: 'VR及相关产业营业收入规模突破800亿元', year: 2022, source: 'seed:000_5678263b4269a3a6.txt'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
OPTIONAL MATCH (existing:PolicyTarget {id: row.key})
WITH row, existing IS NULL AS created,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (n:PolicyTarget {id: row.key})
SET n += row.props,
    n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
