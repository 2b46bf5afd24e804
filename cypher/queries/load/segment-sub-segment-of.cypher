// Upserts the parent of a segment in the chain's tree, replacing any other; to = null removes it (环节树上级).
// Parameters: $rows, a list of {from, to, props} (the Segment's id and the Segment's id; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune).
// Example:    :param rows => [{from: 'jx-copper/cathode', to: 'jx-copper/smelting', props: {source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
MATCH (a:Segment {id: row.from})
OPTIONAL MATCH (a)-[old:SUB_SEGMENT_OF]->(other:Segment)
  WHERE row.to IS NULL OR other.id <> row.to
WITH a, row, collect(old) AS stale
FOREACH (o IN stale | DELETE o)
WITH a, row, size(stale) AS moved
OPTIONAL MATCH (b:Segment {id: row.to})
OPTIONAL MATCH (a)-[existing:SUB_SEGMENT_OF]->(b)
WITH a, b, row, moved, existing,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  MERGE (a)-[r:SUB_SEGMENT_OF]->(b)
  SET r += row.props,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END)
RETURN count(CASE WHEN b IS NOT NULL AND existing IS NULL AND moved = 0 THEN 1 END) AS created,
       count(CASE WHEN (b IS NOT NULL AND existing IS NULL AND moved > 0) OR (existing IS NOT NULL AND NOT same)
                    OR (b IS NULL AND moved > 0) THEN 1 END) AS updated,
       // A row saying "no such link" where there was none changed nothing: every row is counted once.
       count(CASE WHEN same OR (b IS NULL AND moved = 0) THEN 1 END) AS unchanged
