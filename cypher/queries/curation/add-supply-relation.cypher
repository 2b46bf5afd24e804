// Curation: records that one enterprise supplies another, or updates that relation (新增企业供货关系).
// Parameters: $supplier (id), $customer (id), $props ({product, source, quote, illustrative}); $marker, the datasets
//             entry that marks a curated record (kept by --prune).
// Example:    :param supplier => '600362-sh'
//             :param customer => '688388-sh'
//             :param props => {product: '阴极铜', source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (a:Enterprise {id: $supplier})
MATCH (b:Enterprise {id: $customer})
MERGE (a)-[r:SUPPLIES_TO]->(b)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN a.id AS key
