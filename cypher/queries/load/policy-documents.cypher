// Upserts policy documents (政策文件): creates what is new, updates what changed, reports what is unchanged.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune).
// Example:    :param rows => [{key: 'jx-2019-26n-plan', props: {id: 'jx-2019-26n-plan', title: '江西省“2+6+N”产业高质量跨越式发展行动计划', source: 'seed:001_61f91f31330c6795.txt'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
OPTIONAL MATCH (existing:PolicyDocument {id: row.key})
WITH row, existing IS NULL AS created,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (n:PolicyDocument {id: row.key})
SET n += row.props,
    n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
