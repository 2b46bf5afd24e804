// Checks the stored firm counts against a fresh count (预计算企业数校验), written independently of
// firmcount/refresh: per (segment, region), count(DISTINCT firm) over the paths firm -OPERATES_IN-> segment
// -SUB_SEGMENT_OF*0..-> counted segment and firm -LOCATED_IN-> region -PART_OF*0..3-> counted region, and the ids
// of the first five of those firms by name (nameKey) then id (firstFirms); per (chain, region) over the chain's segments,
// with no firstFirms. A pair stored twice, missing, stored with another number or other first firms, or stored
// with no firms is a mismatch. For tests and for an analyst after a manual edit; it reads the whole graph.
// Parameters: none.
// Example:    (none)
CALL () {
  MATCH (e:Enterprise)-[:OPERATES_IN]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(a:Segment)
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(z:Region)
  WITH DISTINCT a, z, e ORDER BY e.nameKey, e.id
  WITH a, z, count(*) AS fresh, collect(e.id)[..5] AS first
  RETURN 'segment:' + a.id + '|' + z.code AS key, fresh, 0 AS stored, first AS freshFirst, null AS storedFirst
  UNION ALL
  MATCH (c:Chain)<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(z:Region)
  RETURN 'chain:' + c.id + '|' + z.code AS key, count(DISTINCT e) AS fresh, 0 AS stored, null AS freshFirst,
         null AS storedFirst
  UNION ALL
  MATCH (a)-[k:FIRM_COUNT]->(z:Region)
  RETURN CASE WHEN a:Chain THEN 'chain:' ELSE 'segment:' END + a.id + '|' + z.code AS key, 0 AS fresh,
         k.firms AS stored, null AS freshFirst, k.firstFirms AS storedFirst
}
WITH key, sum(fresh) AS fresh, sum(stored) AS stored, count(*) AS rows, collect(freshFirst) AS freshFirst,
     collect(storedFirst) AS storedFirst
WITH count(*) AS pairs, sum(stored) AS storedFirms,
     collect(CASE WHEN rows <> 2 OR fresh <> stored OR freshFirst <> storedFirst
             THEN {key: key, fresh: fresh, stored: stored, rows: rows, freshFirst: freshFirst[0],
                   storedFirst: storedFirst[0]} END) AS mismatches
RETURN pairs, storedFirms, size(mismatches) AS mismatchCount, mismatches[..20] AS mismatches
