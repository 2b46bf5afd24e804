// Upserts enterprises making products, with the share of revenue (企业主营产品).
// Parameters: $rows, a list of {from, to, props} (the Enterprise's id and the Product's name; props holds every property);
//             $dataset, the id of the data set loading them (kept in the relationship's datasets list for --prune).
// Example:    :param rows => [{from: '600362-sh', to: '阴极铜', props: {weight: 0.4, source: 'illustrative'}}]
//             :param dataset => 'example'
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.from})
MATCH (b:Product {name: row.to})
OPTIONAL MATCH (a)-[existing:MAKES]->(b)
WITH a, b, row, existing IS NULL AS created, existing.source AS before,
     existing IS NOT NULL AND $dataset IN coalesce(existing.datasets, [])
       AND all(k IN keys(row.props) WHERE coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS same
MERGE (a)-[r:MAKES]->(b)
SET r += row.props,
    r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END,
    // Taking over what the ChainKnowledgeGraph import wrote keeps its line, so --prune hands it back (prune-nodes).
    r.chainkgSource = CASE WHEN before STARTS WITH 'chainkg:' AND NOT coalesce(row.props.source, '') STARTS WITH 'chainkg:'
                           THEN before ELSE r.chainkgSource END
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
