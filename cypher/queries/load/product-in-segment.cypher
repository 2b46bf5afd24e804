// Upserts products belonging to segments (产品所属环节).
// Parameters: $rows, a list of {from, to, props} (the Product's name and the Segment's id; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune).
// Example:    :param rows => [{from: '阴极铜', to: 'jx-copper/smelting', props: {source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
MATCH (a:Product {name: row.from})
MATCH (b:Segment {id: row.to})
OPTIONAL MATCH (a)-[existing:IN_SEGMENT]->(b)
WITH a, b, row, existing IS NULL AS created,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (a)-[r:IN_SEGMENT]->(b)
SET r += row.props,
    r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
