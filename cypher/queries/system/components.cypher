// Neo4j's name, version and edition (数据库版本信息).
// Parameters: none.
// Try in Neo4j Browser: paste as is.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN name, versions[0] AS version, edition
