// Upserts enterprises (企业): creates what is new, updates what changed, reports what is unchanged.
// Parameters: $rows, a list of {key, props} where props holds every property (null removes one);
//             $dataset, the id of the data set loading them (kept in the node's datasets list for --prune).
// Example:    :param rows => [{key: '600362-sh', props: {id: '600362-sh', name: '江西铜业股份有限公司', nameKey: '9dadc278bec8c9ee9588925fcd41c4459503badf', stockCode: '600362.SH', tags: ['上市'], source: 'registry:上海证券交易所上市公司信息'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
OPTIONAL MATCH (existing:Enterprise {id: row.key})
WITH row, existing IS NULL AS created, existing.source AS before,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (n:Enterprise {id: row.key})
SET n += row.props,
    n.datasets = CASE WHEN $dataset IN coalesce(n.datasets, []) THEN n.datasets ELSE coalesce(n.datasets, []) + $dataset END,
    // Taking over what the ChainKnowledgeGraph import wrote keeps its line, so --prune hands it back (prune-nodes).
    n.chainkgSource = CASE WHEN before STARTS WITH 'chainkg:' AND NOT coalesce(row.props.source, '') STARTS WITH 'chainkg:'
                           THEN before ELSE n.chainkgSource END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
