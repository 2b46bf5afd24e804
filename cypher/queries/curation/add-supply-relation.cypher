// Curation: records that one enterprise supplies another, or updates that relation (新增企业供货关系); changed is
// false when the relation was there with every property given (the change then writes nothing: see Curation).
// Parameters: $supplier (id), $customer (id), $props ({product, source, quote, illustrative}); $marker, the datasets
//             entry that marks a curated record (kept by --prune).
// Example:    :param supplier => '600362-sh'
//             :param customer => '688388-sh'
//             :param props => {product: '阴极铜', source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (a:Enterprise {id: $supplier})
MATCH (b:Enterprise {id: $customer})
OPTIONAL MATCH (a)-[existing:SUPPLIES_TO]->(b)
WITH a, b, existing IS NOT NULL
     AND all(k IN keys($props) WHERE coalesce(existing[k] = $props[k], existing[k] IS NULL AND $props[k] IS NULL)) AS same
MERGE (a)-[r:SUPPLIES_TO]->(b)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN a.id AS key, NOT same AS changed
