// Export: the 产业集群 / 基地 / 产业带 with their regions and chains (导出：产业集群).
// Parameters: none.
// Returns:    id, name, kind, level, scale, regionCodes, chainIds, aliases, source, quote.
// Example:    MATCH (c:Cluster) RETURN c.id, c.name ORDER BY c.id
MATCH (c:Cluster)
WHERE any(d IN coalesce(c.datasets, []) WHERE d <> 'regions-cn')
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.level AS level, c.scale AS scale,
       COLLECT { MATCH (c)-[:LOCATED_IN]->(r:Region) RETURN r.code ORDER BY r.code } AS regionCodes,
       COLLECT { MATCH (c)-[:FOCUSES_ON]->(x:Chain) RETURN x.id ORDER BY x.id } AS chainIds,
       c.aliases AS aliases, c.source AS source, c.quote AS quote
ORDER BY id
