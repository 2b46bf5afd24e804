// Schema migrations applied to this graph, in order (已执行的数据库结构迁移).
// Parameters: none.
// Try in Neo4j Browser: paste as is.
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.description AS description, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY version
