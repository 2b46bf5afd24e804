// How many nodes and relationships the graph holds, schema migrations, their lock and data set records aside (图规模).
// Parameters: none. Answered from Neo4j's count store: instant at any size.
// Try in Neo4j Browser: paste as is.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (m:SchemaMigration) RETURN count(m) AS migrations }
CALL () { MATCH (l:SchemaMigrationLock) RETURN count(l) AS locks }
CALL () { MATCH (d:DataSet) RETURN count(d) AS dataSets }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - migrations - locks - dataSets AS nodes, relationships
