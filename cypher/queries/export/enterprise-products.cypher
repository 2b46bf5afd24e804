// Export: which firm makes which product (导出：企业主营产品), with the product's own provenance: a load gives a
// product the provenance of the first row that names it, so the export puts a row with that provenance first.
// Parameters: none.
// Returns:    product, productSource, productQuote, enterpriseId, weight, source, quote.
// Example:    MATCH (e:Enterprise)-[m:MAKES]->(p:Product) RETURN p.name, e.id, m.weight LIMIT 10
MATCH (e:Enterprise)-[m:MAKES]->(p:Product)
WHERE any(d IN coalesce(m.datasets, []) WHERE d <> 'regions-cn')
RETURN p.name AS product, p.source AS productSource, p.quote AS productQuote, e.id AS enterpriseId,
       m.weight AS weight, m.source AS source, m.quote AS quote
ORDER BY product, enterpriseId
