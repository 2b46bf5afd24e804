// Upserts a region naming a chain in its programme, with tier and chain chief (政策产业链及链长).
// Parameters: $rows, a list of {from, to, props} (the Region's code and the Chain's id; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune);
//             $apply, whether to write (false: the dry run's report of the same rows, by the same statement).
// Returns:    created, updated, unchanged; shared: [{key ('<code> → <chain id>'), name, sharers, conflicts: [{field,
//             before, after}]}], the programme, tier or chief another data set wrote that this row changes.
// Example:    :param rows => [{from: '36', to: 'jx-copper', props: {program: '江西省“2+6+N”', tier: '2', source: 'illustrative'}}]
//             :param dataset => 'example'
//             :param apply => true
UNWIND $rows AS row
MATCH (a:Region {code: row.from})
MATCH (b:Chain {id: row.to})
OPTIONAL MATCH (a)-[existing:HAS_POLICY_CHAIN]->(b)
WITH a, b, row, existing IS NULL AS created, properties(existing) AS before,
     [d IN coalesce(existing.datasets, []) WHERE d <> $dataset] AS sharers,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
// One region names a chain once: another data set's tier or chief this row changes is reported (SharedRecords).
WITH a, b, row, created, same, sharers,
     [k IN keys(row.props) WHERE size(sharers) > 0 AND before[k] IS NOT NULL
        AND NOT k IN ['source', 'quote', 'illustrative'] AND coalesce(before[k] <> row.props[k], true)
        | {field: k, before: before[k], after: row.props[k]}] AS conflicts
CALL (a, b, row) {
  WITH a, b, row WHERE $apply
  MERGE (a)-[r:HAS_POLICY_CHAIN]->(b)
  SET r += row.props,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged,
       collect(CASE WHEN size(conflicts) > 0 THEN {key: row.from + ' → ' + row.to, name: a.name + ' → ' + b.name,
                                                   sharers: sharers, conflicts: conflicts} END) AS shared
