// Schema levels above a given one that this graph has been migrated to, or is being migrated to, by a newer
// ChainGraph (更新版本已执行或正在执行的结构迁移): the applied migrations' records, and the level an instance announced
// on the lock node before it began applying (migration-lock).
// Parameters: $known (integer: the highest migration version the running service knows).
// Try in Neo4j Browser: :param known => 11
CALL () {
  MATCH (m:SchemaMigration) WHERE m.version > $known
  RETURN m.version AS version, m.description AS description
  UNION
  MATCH (l:SchemaMigrationLock) WHERE l.level > $known
  RETURN l.level AS version, null AS description
}
RETURN version, description
ORDER BY version, description
