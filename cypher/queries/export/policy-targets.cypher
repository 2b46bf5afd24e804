// Export: the policy targets with their document and what they are about (导出：政策目标).
// Parameters: none.
// Returns:    id, documentId, text, metric, value, unit, year, chainIds, regionCodes, clusterIds, source, quote.
// Example:    MATCH (d:PolicyDocument)-[:SETS]->(t:PolicyTarget) RETURN d.id, t.id ORDER BY t.id
MATCH (t:PolicyTarget)
WHERE any(x IN coalesce(t.datasets, []) WHERE x <> 'regions-cn')
RETURN t.id AS id, COLLECT { MATCH (d:PolicyDocument)-[:SETS]->(t) RETURN d.id } [0] AS documentId,
       t.text AS text, t.metric AS metric, t.value AS value, t.unit AS unit, t.year AS year,
       COLLECT { MATCH (t)-[:ABOUT]->(c:Chain) RETURN c.id ORDER BY c.id } AS chainIds,
       COLLECT { MATCH (t)-[:ABOUT]->(r:Region) RETURN r.code ORDER BY r.code } AS regionCodes,
       COLLECT { MATCH (t)-[:ABOUT]->(c:Cluster) RETURN c.id ORDER BY c.id } AS clusterIds,
       t.source AS source, t.quote AS quote
ORDER BY id
