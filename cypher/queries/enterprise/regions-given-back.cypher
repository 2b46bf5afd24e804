// Gives back their region to firms stored without one (企业所在地区恢复): before 2026-11-26, --prune of a data set
// deleted the region of a firm it dropped that another data set or the curation API still listed, and the firm
// stayed in no region's list or gap table. The region is the regionCode of the firm's last audit snapshot that names
// one (the curation API records the firm's region in every entry's after); the link takes the firm's provenance and
// data sets, as --prune now hands it to them. A firm with no such snapshot (or a region the graph lacks) is returned
// with region null and left as it is. Only firms a data set or the curation API lists (datasets): a firm only the
// ChainKnowledgeGraph import states never had a region (its files name none), and nothing is to be given back.
// Parameters: none.
// Returns:    key, name, region (the code given back, or null), chains (the chains of the firm's segments, whose
//             stored firm counts then need recomputing).
// Try in Neo4j Browser: paste as is (it writes).
MATCH (e:Enterprise)
WHERE NOT (e)-[:LOCATED_IN]->(:Region) AND size(coalesce(e.datasets, [])) > 0
CALL (e) {
  OPTIONAL MATCH (a:AuditEntry {entityType: 'Enterprise', entityKey: e.id})
  WHERE a.after CONTAINS '"regionCode":"'
  WITH a ORDER BY a.at DESC, a.id DESC LIMIT 1
  RETURN split(split(a.after, '"regionCode":"')[1], '"')[0] AS code
}
OPTIONAL MATCH (r:Region {code: code})
CALL (e, r) {
  WITH e, r WHERE r IS NOT NULL
  MERGE (e)-[l:LOCATED_IN]->(r)
  SET l.source = e.source, l.quote = e.quote, l.illustrative = e.illustrative, l.datasets = e.datasets
}
RETURN e.id AS key, e.name AS name, r.code AS region,
       COLLECT { MATCH (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(c:Chain) RETURN DISTINCT c.id } AS chains
ORDER BY key
