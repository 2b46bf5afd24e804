// Export: the 链主 / 领航 / 龙头 designations that hold (导出：链主等认定); a revoked one is gone from the graph.
// Parameters: none.
// Returns:    enterpriseId, chainId, regionCode, kind (the word as designations.csv writes it: 链主 …), by, year,
//             source, quote.
// Example:    MATCH (e:Enterprise)-[:HOLDS]->(d:Designation) RETURN e.id, d.id LIMIT 10
MATCH (e:Enterprise)-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c:Chain), (d)-[:IN_REGION]->(r:Region)
WHERE any(x IN coalesce(d.datasets, []) WHERE x <> 'regions-cn')
RETURN e.id AS enterpriseId, c.id AS chainId, r.code AS regionCode, d.label AS kind, d.by AS by, d.year AS year,
       d.source AS source, d.quote AS quote
ORDER BY d.id
