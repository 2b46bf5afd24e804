// V0007: no range index on firm names (企业名称不再建范围索引).
// No query looks firms up by a range of names: the API pages firms through their region, chain or segment, and an
// exact name (Neo4j Browser: MATCH (e:Enterprise {name: '…'})) is answered by the text index enterprise_name_text
// (V0005), which also serves CONTAINS. On 1,000,000 firms the range index was one more population after a bulk load.
// A new store never builds it: SchemaMigrator.migrateTogether applies V0002 and V0007 together as their net effect.

DROP INDEX enterprise_name IF EXISTS;
