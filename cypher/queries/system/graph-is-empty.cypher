// Does the graph hold any data yet, schema bookkeeping (migration records, the migration lock) aside? (图中是否已有数据)
// Parameters: none.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock } AS empty
