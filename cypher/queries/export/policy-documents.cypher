// Export: the policy documents facts come from (导出：政策文件).
// Parameters: none.
// Returns:    id, title, issuer, docNumber, date, regionCode, url, source, quote.
// Example:    MATCH (d:PolicyDocument) RETURN d.id, d.title ORDER BY d.id
MATCH (d:PolicyDocument)
WHERE any(x IN coalesce(d.datasets, []) WHERE x <> 'regions-cn')
RETURN d.id AS id, d.title AS title, d.issuer AS issuer, d.docNumber AS docNumber, d.date AS date,
       COLLECT { MATCH (d)-[:ISSUED_IN]->(r:Region) RETURN r.code } [0] AS regionCode, d.url AS url,
       d.source AS source, d.quote AS quote
ORDER BY id
