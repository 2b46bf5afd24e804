// Export: the zones and cooperation areas a data set or the curation API wrote, as regions.csv lists them
// (导出：开发区与区域合作区). The built-in administrative regions (regions-cn alone in their datasets) are loaded
// with every data set and left out.
// Parameters: none.
// Returns:    code, name, level, parentCode (zones), members (cooperation areas), zoneType, aliases, source, quote.
// Example:    MATCH (r:Region) WHERE r.level IN ['ZONE', 'COOPERATION_AREA'] RETURN r.code, r.name
MATCH (r:Region)
WHERE r.level IN ['ZONE', 'COOPERATION_AREA'] AND any(d IN coalesce(r.datasets, []) WHERE d <> 'regions-cn')
RETURN r.code AS code, r.name AS name, r.level AS level,
       COLLECT { MATCH (r)-[:PART_OF]->(p:Region) RETURN p.code } [0] AS parentCode,
       COLLECT { MATCH (m:Region)-[:MEMBER_OF]->(r) RETURN m.code ORDER BY m.code } AS members,
       r.zoneType AS zoneType, r.aliases AS aliases, r.source AS source, r.quote AS quote
ORDER BY code
