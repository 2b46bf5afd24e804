// Upserts the region a policy document was issued for, replacing any other (政策文件所属地区).
// Parameters: $rows, a list of {from, to, props} (the PolicyDocument's id and the Region's code; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune).
// Example:    :param rows => [{from: 'jx-2019-26n-plan', to: '36', props: {source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
MATCH (a:PolicyDocument {id: row.from})
OPTIONAL MATCH (a)-[old:ISSUED_IN]->(other:Region)
  WHERE row.to IS NULL OR other.code <> row.to
WITH a, row, collect(old) AS stale
FOREACH (o IN stale | DELETE o)
WITH a, row, size(stale) AS moved
OPTIONAL MATCH (b:Region {code: row.to})
OPTIONAL MATCH (a)-[existing:ISSUED_IN]->(b)
WITH a, b, row, moved, existing,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  MERGE (a)-[r:ISSUED_IN]->(b)
  SET r += row.props,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END)
RETURN count(CASE WHEN b IS NOT NULL AND existing IS NULL AND moved = 0 THEN 1 END) AS created,
       count(CASE WHEN (b IS NOT NULL AND existing IS NULL AND moved > 0) OR (existing IS NOT NULL AND NOT same)
                    OR (b IS NULL AND moved > 0) THEN 1 END) AS updated,
       // A row saying "no such link" where there was none changed nothing: every row is counted once.
       count(CASE WHEN same OR (b IS NULL AND moved = 0) THEN 1 END) AS unchanged
