// Upserts chains (产业链): creates what is new, updates what changed, reports what is unchanged.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune);
//             $apply, whether to write (false: the dry run's report of the same rows, by the same statement).
// Returns:    created, updated, unchanged; shared: [{key, name, sharers (the other data sets' ids, 'curation:api'),
//             conflicts: [{field, before, after (null: emptied)}]}], the values another source wrote this row changes.
// Example:    :param rows => [{key: 'jx-copper', props: {id: 'jx-copper', name: '有色金属(铜)', source: 'illustrative'}}]
//             :param dataset => 'example'
//             :param apply => true
UNWIND $rows AS row
OPTIONAL MATCH (existing:Chain {id: row.key})
WITH row, existing IS NULL AS created, properties(existing) AS before,
     [d IN coalesce(existing.datasets, []) WHERE d <> $dataset] AS sharers,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
// A value another data set (or the curation API) wrote that this row replaces or empties is reported as `shared`,
// as load/enterprises reports a shared firm's (SharedRecords): the provenance comes with the row, and what follows
// from the key or the file (chainId, order, fullName) is no value of its own.
WITH row, created, same, sharers, before,
     [k IN keys(row.props) WHERE size(sharers) > 0 AND before[k] IS NOT NULL
        AND NOT k IN ['id', 'code', 'chainId', 'order', 'fullName', 'source', 'quote', 'illustrative']
        AND CASE WHEN row.props[k] IS NULL THEN true
                 WHEN valueType(before[k]) STARTS WITH 'LIST'
                 THEN any(x IN before[k] WHERE NOT x IN row.props[k]) OR any(x IN row.props[k] WHERE NOT x IN before[k])
                 ELSE before[k] <> row.props[k] END
        | {field: k, before: before[k], after: row.props[k]}] AS conflicts
CALL (row) {
  WITH row WHERE $apply
  MERGE (n:Chain {id: row.key})
  SET n += row.props,
      n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged,
       collect(CASE WHEN size(conflicts) > 0 THEN {key: row.key, name: coalesce(row.props.name, before.name), sharers: sharers,
                                                   conflicts: conflicts} END) AS shared
