// Export: which firm supplies which (导出：企业供货关系).
// Parameters: none.
// Returns:    supplierId, customerId, product, source, quote.
// Example:    MATCH (a:Enterprise)-[r:SUPPLIES_TO]->(b:Enterprise) RETURN a.id, b.id, r.product LIMIT 10
MATCH (a:Enterprise)-[r:SUPPLIES_TO]->(b:Enterprise)
WHERE any(d IN coalesce(r.datasets, []) WHERE d <> 'regions-cn')
RETURN a.id AS supplierId, b.id AS customerId, r.product AS product, r.source AS source, r.quote AS quote
ORDER BY supplierId, customerId
