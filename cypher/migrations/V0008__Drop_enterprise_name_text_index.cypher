// V0008: no text index on firm names (企业名称不再建文本索引).
// It served one thing, a one-character search ('铜') over 1,000,000 firm names, and cost 4.1 s of the bulk load
// (a Lucene population of its own). The search now asks the cjk full-text index name_search (V0003) for the
// character pairs that start or end with the character (search/ranked.cypher). The small labels' text indexes
// (V0005: chains, segments, products, regions, clusters) stay: their one-character search still reads them.
// An exact firm name (Neo4j Browser: MATCH (e:Enterprise {name: '…'})) is now a scan of every firm; find a firm by
// name through name_search instead (the name as a phrase, then the exact name):
//   CALL db.index.fulltext.queryNodes('name_search', 'name:"江西铜业股份有限公司"') YIELD node
//   WHERE node.name = '江西铜业股份有限公司' RETURN node
// A new store never builds it: SchemaMigrator.migrateTogether applies V0005 and V0008 together as their net effect.

DROP INDEX enterprise_name_text IF EXISTS;
