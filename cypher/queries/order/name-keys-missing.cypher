// Whether some firm has a name but no name order key (是否有企业缺少名称排序键), for migration V0009.
// Parameters: none.
// Try in Neo4j Browser: paste as is.
RETURN EXISTS { MATCH (e:Enterprise) WHERE e.nameKey IS NULL AND e.name IS NOT NULL } AS missing
