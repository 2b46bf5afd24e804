// Upserts the one region an enterprise is located in, replacing any other (企业所在地区). A firm another source lists
// too (another data set, the curation API, the ChainKnowledgeGraph import: see load/enterprises) that this data set
// puts in another region is reported as `moves`, for the load's warning; with $apply false nothing is written (the
// dry run's report, by the same statement).
// Parameters: $rows, a list of {from, to, props} (the Enterprise's id and the Region's code; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune);
//             $apply, whether to write.
// Returns:    created, updated, unchanged; moves: [{key, name, sharers, before, after}] (region codes).
// Example:    :param rows => [{from: '600362-sh', to: '3606', props: {source: 'illustrative'}}]
//             :param dataset => 'example'
//             :param apply => true
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.from})
OPTIONAL MATCH (a)-[old:LOCATED_IN]->(other:Region)
  WHERE row.to IS NULL OR other.code <> row.to
WITH a, row, collect(old) AS stale, collect(other.code) AS before,
     [d IN coalesce(a.datasets, []) WHERE d <> $dataset]
       + CASE WHEN a.chainkgSource IS NOT NULL OR a.source STARTS WITH 'chainkg:' THEN ['chainkg:import'] ELSE [] END
       AS sharers
FOREACH (o IN CASE WHEN $apply THEN stale ELSE [] END | DELETE o)
WITH a, row, size(stale) AS moved,
     CASE WHEN size(sharers) > 0 AND size(before) > 0 AND row.to IS NOT NULL
          THEN {key: a.id, name: a.name, sharers: sharers, before: before[0], after: row.to} END AS move
OPTIONAL MATCH (b:Region {code: row.to})
OPTIONAL MATCH (a)-[existing:LOCATED_IN]->(b)
WITH a, b, row, moved, move, existing,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
FOREACH (_ IN CASE WHEN b IS NULL OR NOT $apply THEN [] ELSE [1] END |
  MERGE (a)-[r:LOCATED_IN]->(b)
  SET r += row.props,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END)
RETURN count(CASE WHEN b IS NOT NULL AND existing IS NULL AND moved = 0 THEN 1 END) AS created,
       count(CASE WHEN (b IS NOT NULL AND existing IS NULL AND moved > 0) OR (existing IS NOT NULL AND NOT same)
                    OR (b IS NULL AND moved > 0) THEN 1 END) AS updated,
       // A row saying "no such link" where there was none changed nothing: every row is counted once.
       count(CASE WHEN same OR (b IS NULL AND moved = 0) THEN 1 END) AS unchanged,
       collect(CASE WHEN b IS NOT NULL THEN move END) AS moves
