// Curation: records that an enterprise makes a product, or updates that link (企业关联主营产品).
// Parameters: $enterprise (id), $product (name), $props ({weight, source, quote, illustrative}); $marker, the
//             datasets entry that marks a curated record (kept by --prune).
// Example:    :param enterprise => '600362-sh'
//             :param product => '阴极铜'
//             :param props => {weight: 0.4, source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
MATCH (p:Product {name: $product})
MERGE (e)-[r:MAKES]->(p)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN e.id AS key
