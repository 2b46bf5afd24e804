// Export: the products a data set wrote that no firm makes any more (导出时无法写出的产品): a product is written
// only through a row of enterprise-products.csv, so the export names them as left out.
// Parameters: none.
// Returns:    product, one row each, by name.
// Example:    MATCH (p:Product) WHERE NOT (:Enterprise)-[:MAKES]->(p) RETURN p.name
MATCH (p:Product)
WHERE any(d IN coalesce(p.datasets, []) WHERE d <> 'regions-cn')
  AND NOT EXISTS { MATCH (:Enterprise)-[m:MAKES]->(p) WHERE any(d IN coalesce(m.datasets, []) WHERE d <> 'regions-cn') }
RETURN p.name AS product
ORDER BY product
