// Does the graph hold any data yet, schema bookkeeping aside? (图中是否已有数据)
// Parameters: none.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:SchemaMigration } AS empty
