// Curation: which of the keys a change refers to name nothing in the graph (引用检查：找出图中不存在的键).
// Parameters: $regions (region codes), $chains (chain ids), $segments (segment ids), $products (product names),
//             $enterprises (enterprise ids); each a list, possibly empty.
// Example:    :param regions => ['36', '369999']
//             :param chains => ['jx-nonferrous']
//             :param segments => ['jx-nonferrous/copper-foil']
//             :param products => []
//             :param enterprises => ['600362-sh']
RETURN [k IN $regions WHERE NOT EXISTS { MATCH (:Region {code: k}) }] AS regions,
       [k IN $chains WHERE NOT EXISTS { MATCH (:Chain {id: k}) }] AS chains,
       [k IN $segments WHERE NOT EXISTS { MATCH (:Segment {id: k}) }] AS segments,
       [k IN $products WHERE NOT EXISTS { MATCH (:Product {name: k}) }] AS products,
       [k IN $enterprises WHERE NOT EXISTS { MATCH (:Enterprise {id: k}) }] AS enterprises
