// Export: the supply links between segments (导出：环节供给关系), each under the chain of its upstream end.
// Parameters: none.
// Returns:    chainId (of the upstream segment), fromId, toId (segment ids), source, quote.
// Example:    MATCH (a:Segment)-[r:SUPPLIES]->(b:Segment) RETURN a.id, b.id LIMIT 10
MATCH (a:Segment)-[r:SUPPLIES]->(b:Segment)
WHERE any(d IN coalesce(r.datasets, []) WHERE d <> 'regions-cn')
RETURN a.chainId AS chainId, a.id AS fromId, b.id AS toId, r.source AS source, r.quote AS quote
ORDER BY chainId, fromId, toId
