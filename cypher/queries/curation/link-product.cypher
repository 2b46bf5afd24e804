// Curation: records that an enterprise makes a product, or updates that link (企业关联主营产品); changed is false
// when the link was there with every property given (the change then writes nothing: see Curation).
// Parameters: $enterprise (id), $product (name), $props ({weight, source, quote, illustrative}); $marker, the
//             datasets entry that marks a curated record (kept by --prune).
// Example:    :param enterprise => '600362-sh'
//             :param product => '阴极铜'
//             :param props => {weight: 0.4, source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
MATCH (p:Product {name: $product})
OPTIONAL MATCH (e)-[existing:MAKES]->(p)
WITH e, p, existing IS NOT NULL
     AND all(k IN keys($props) WHERE coalesce(existing[k] = $props[k], existing[k] IS NULL AND $props[k] IS NULL)) AS same
MERGE (e)-[r:MAKES]->(p)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN e.id AS key, NOT same AS changed
