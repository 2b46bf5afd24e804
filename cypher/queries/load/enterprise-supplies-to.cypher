// Upserts supply relations between enterprises (企业供货关系).
// Parameters: $rows, a list of {from, to, props} (the Enterprise's id and the Enterprise's id; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune);
//             $apply, whether to write (false: the dry run's report of the same rows, by the same statement).
// Returns:    created, updated, unchanged; shared: [{key ('<from> → <to>'), name, sharers, conflicts: [{field,
//             before, after (null: emptied)}]}], the product another data set wrote that this row changes.
// Example:    :param rows => [{from: '600362-sh', to: 'demo-firm', props: {product: '铜箔', source: 'illustrative'}}]
//             :param dataset => 'example'
//             :param apply => true
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.from})
MATCH (b:Enterprise {id: row.to})
OPTIONAL MATCH (a)-[existing:SUPPLIES_TO]->(b)
WITH a, b, row, existing IS NULL AS created, properties(existing) AS before,
     [d IN coalesce(existing.datasets, []) WHERE d <> $dataset] AS sharers,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
// One link per pair: another data set's product this row changes or empties is reported (SharedRecords).
WITH a, b, row, created, same, sharers,
     [k IN keys(row.props) WHERE size(sharers) > 0 AND before[k] IS NOT NULL
        AND NOT k IN ['source', 'quote', 'illustrative'] AND coalesce(before[k] <> row.props[k], true)
        | {field: k, before: before[k], after: row.props[k]}] AS conflicts
CALL (a, b, row) {
  WITH a, b, row WHERE $apply
  MERGE (a)-[r:SUPPLIES_TO]->(b)
  SET r += row.props,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged,
       collect(CASE WHEN size(conflicts) > 0 THEN {key: row.from + ' → ' + row.to, name: coalesce(a.name, a.id) + ' → '
                                                   + coalesce(b.name, b.id), sharers: sharers, conflicts: conflicts} END) AS shared
