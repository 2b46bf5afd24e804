// Export: the firms a data set or the curation API lists, with their region, as enterprises.csv lists them
// (导出：企业名单). A firm only the ChainKnowledgeGraph import wrote (no datasets) is left out.
// Parameters: none.
// Returns:    id, name, aliases, creditCode, stockCode, regionCode (null for a firm without a region), tags,
//             founded, source, quote.
// Example:    MATCH (e:Enterprise) WHERE size(coalesce(e.datasets, [])) > 0 RETURN e.id, e.name LIMIT 10
MATCH (e:Enterprise)
WHERE any(d IN coalesce(e.datasets, []) WHERE d <> 'regions-cn')
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.creditCode AS creditCode, e.stockCode AS stockCode,
       COLLECT { MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r.code ORDER BY r.code } [0] AS regionCode,
       e.tags AS tags, e.founded AS founded, e.source AS source, e.quote AS quote
ORDER BY id
