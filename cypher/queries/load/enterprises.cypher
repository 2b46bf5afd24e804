// Upserts enterprises (企业): creates what is new, updates what changed, reports what is unchanged, and what it kept
// and replaced of a firm another source lists too (共有企业).
// A firm another data set, the curation API (curation:api in its datasets) or the ChainKnowledgeGraph import
// (chainkgSource, or a 'chainkg:' source) lists too is shared: an empty cell (a null prop) keeps the value the graph
// has rather than removing it, and a value that differs replaces it and is reported. A firm only this data set lists
// takes the row as it is: an empty cell removes the value. The provenance (source, quote, illustrative) always comes
// with the row, and a code this data set gives to another of its firms ($givenUp) goes even from a shared firm.
// With $apply false nothing is written: the dry run's report of the same rows, by the same statement.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one, but as above);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune);
//             $givenUp, {creditCode: [ids], stockCode: [ids]}: the firms whose code this data set gives to another;
//             $apply, whether to write.
// Returns:    created, updated, unchanged; shared, for each shared firm: {key, name (this data set's), sharers (the
//             other data sets' ids, 'curation:api', 'chainkg:import'), kept (the fields whose value stayed), conflicts
//             ([{field, before, after}], the differing values replaced, but for a code given up; lists differ when
//             their items do)}; namesakes, for each firm this statement creates named as firms of the graph another
//             source lists (the same nameKey, under another key; not when both have a 统一社会信用代码): {key, name,
//             namesakes: [{key, name, sharers}]}, perhaps one firm in the graph twice.
// Example:    :param rows => [{key: '600362-sh', props: {id: '600362-sh', name: '江西铜业股份有限公司', nameKey: '9dadc278bec8c9ee9588925fcd41c4459503badf', stockCode: '600362.SH', tags: ['上市'], source: 'registry:上海证券交易所上市公司信息'}}]
//             :param dataset => 'example'
//             :param givenUp => {}
//             :param apply => true
UNWIND $rows AS row
OPTIONAL MATCH (existing:Enterprise {id: row.key})
WITH row, existing IS NULL AS created, properties(existing) AS before,
     [d IN coalesce(existing.datasets, []) WHERE d <> $dataset]
       + CASE WHEN existing.chainkgSource IS NOT NULL OR existing.source STARTS WITH 'chainkg:' THEN ['chainkg:import']
              ELSE [] END AS sharers
// The provenance describes the row that writes the firm, and nameKey follows the name: never kept, never a conflict.
WITH row, created, before, sharers, size(sharers) > 0 AS shared,
     [k IN keys(row.props) WHERE NOT k IN ['id', 'nameKey', 'source', 'quote', 'illustrative']] AS fields
WITH row, created, before, sharers, shared,
     [k IN fields WHERE shared AND row.props[k] IS NULL AND before[k] IS NOT NULL
        AND NOT row.key IN coalesce($givenUp[k], [])] AS kept,
     [k IN fields WHERE shared AND row.props[k] IS NOT NULL AND before[k] IS NOT NULL
        AND NOT row.key IN coalesce($givenUp[k], [])
        AND CASE WHEN valueType(before[k]) STARTS WITH 'LIST'
                 THEN any(x IN before[k] WHERE NOT x IN row.props[k]) OR any(x IN row.props[k] WHERE NOT x IN before[k])
                 ELSE before[k] <> row.props[k] END
        | {field: k, before: before[k], after: row.props[k]}] AS conflicts
WITH row, created, before, sharers, shared, kept, conflicts,
     NOT created AND $dataset IN coalesce(before.datasets, [])
       AND all(k IN keys(row.props) WHERE k IN kept
               OR coalesce(before[k] = row.props[k], before[k] IS NULL AND row.props[k] IS NULL)) AS same
// A new firm named as a firm another source lists under another key: two cities' lists of one firm without a code.
CALL (row, created) {
  WITH row WHERE created
  MATCH (other:Enterprise {nameKey: row.props.nameKey})
    WHERE other.id <> row.key AND NOT $dataset IN coalesce(other.datasets, [])
      AND (other.creditCode IS NULL OR row.props.creditCode IS NULL)
  WITH other ORDER BY other.id
  RETURN collect({key: other.id, name: other.name,
                  sharers: coalesce(other.datasets, [])
                    + CASE WHEN other.chainkgSource IS NOT NULL OR other.source STARTS WITH 'chainkg:'
                           THEN ['chainkg:import'] ELSE [] END}) AS namesakes
}
CALL (row, before, kept) {
  WITH row, before, kept WHERE $apply
  MERGE (n:Enterprise {id: row.key})
  SET n += row.props,
      n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END,
      // Taking over what the ChainKnowledgeGraph import wrote keeps its line, so --prune hands it back (prune-nodes).
      n.chainkgSource = CASE WHEN before.source STARTS WITH 'chainkg:'
                               AND NOT coalesce(row.props.source, '') STARTS WITH 'chainkg:'
                             THEN before.source ELSE n.chainkgSource END
  FOREACH (k IN kept | SET n[k] = before[k])
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged,
       collect(CASE WHEN shared THEN {key: row.key, name: row.props.name, sharers: sharers, kept: kept,
                                      conflicts: conflicts} END) AS shared,
       collect(CASE WHEN size(namesakes) > 0 THEN {key: row.key, name: row.props.name, namesakes: namesakes} END)
         AS namesakes
