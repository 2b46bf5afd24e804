// Export: which firm works in which segment (导出：企业所属环节), as a data set or the curation API wrote it.
// Parameters: none.
// Returns:    enterpriseId, segmentId, role, source, quote.
// Example:    MATCH (e:Enterprise)-[r:OPERATES_IN]->(s:Segment) RETURN e.id, s.id, r.role LIMIT 10
MATCH (e:Enterprise)-[r:OPERATES_IN]->(s:Segment)
WHERE any(d IN coalesce(r.datasets, []) WHERE d <> 'regions-cn')
RETURN e.id AS enterpriseId, s.id AS segmentId, r.role AS role, r.source AS source, r.quote AS quote
ORDER BY enterpriseId, segmentId
