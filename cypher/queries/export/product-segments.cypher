// Export: the segment each product belongs to (导出：产品所属环节), written on the rows of enterprise-products.csv.
// Parameters: none.
// Returns:    product, segmentId, source, quote.
// Example:    MATCH (p:Product)-[i:IN_SEGMENT]->(s:Segment) RETURN p.name, s.id LIMIT 10
MATCH (p:Product)-[i:IN_SEGMENT]->(s:Segment)
WHERE any(d IN coalesce(i.datasets, []) WHERE d <> 'regions-cn')
RETURN p.name AS product, s.id AS segmentId, i.source AS source, i.quote AS quote
ORDER BY product, segmentId
