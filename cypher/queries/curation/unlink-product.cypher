// Curation: removes an enterprise's link to a product (解除企业与产品的关联) and returns what the link held, for the
// audit entry; no row when there is no such link.
// Parameters: $enterprise (id), $product (name).
// Example:    :param enterprise => '600362-sh'
//             :param product => '阴极铜'
MATCH (:Enterprise {id: $enterprise})-[r:MAKES]->(p:Product {name: $product})
WITH r, r {.*, product: p.name} AS removed
DELETE r
RETURN removed
