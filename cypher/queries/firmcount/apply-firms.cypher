// Adds firms to the stored firm counts (预计算的环节企业数), or withdraws them: each firm counts once for every
// (segment or chain, region) it is counted in — the segments it operates in and those above them in the same
// chain, and their chains, times its region and the regions above it (PART_OF, up to 3 levels); see
// firmcount/refresh. A writer that changes a firm's segments, region or name withdraws the firm (delta -1) before
// the change and adds it (delta 1) after, in the same transaction; a count that reaches 0 is deleted. A segment's
// count keeps firstFirms, its first five firms by name (nameKey) then id: added firms merge into it; withdrawn ones leave it,
// and a list left shorter than the count allows (or missing) is read again from the graph (without the withdrawn
// firms, still in place before the change).
// Parameters: $firms, enterprise ids; $delta, 1 or -1.
// Example:    :param firms => ['jiangxi-copper']  :param delta => 1
UNWIND $firms AS id
MATCH (e:Enterprise {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:OPERATES_IN]->(s:Segment)-[:IN_CHAIN]->(c:Chain)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF*0..]->(a:Segment)-[:IN_CHAIN]->(c)
  RETURN collect(DISTINCT a) + collect(DISTINCT c) AS counted
}
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(z:Region)
  RETURN collect(DISTINCT z) AS regions
}
UNWIND counted AS a
UNWIND regions AS z
WITH a, z, count(*) * $delta AS change, collect(e) AS moved
MERGE (a)-[k:FIRM_COUNT]->(z)
  ON CREATE SET k.firms = 0, k.source = 'derived'
SET k.firms = k.firms + change
WITH a, z, k, moved
CALL (a, z, k, moved) {
  WITH a, z, k, moved WHERE a:Segment AND k.firms > 0
  CALL (k, moved) {
    UNWIND coalesce(k.firstFirms, []) AS listed
    MATCH (f:Enterprise {id: listed})
    WHERE NOT f IN moved
    RETURN collect(f) AS kept
  }
  WITH a, z, k, moved, kept + CASE WHEN $delta > 0 THEN moved ELSE [] END AS candidates
  CALL (a, z, k, moved, candidates) {
    // The list held the first firms of the pair: the first five of the pair now are among them and the added ones.
    WITH k, candidates WHERE size(candidates) >= 5 OR size(candidates) >= k.firms
    UNWIND candidates AS f
    RETURN f
    UNION
    // Withdrawn firms left a list shorter than the count (or there was none): read the pair's first firms again.
    WITH a, z, k, moved, candidates WHERE size(candidates) < 5 AND size(candidates) < k.firms
    MATCH (a)-[:IN_CHAIN]->(c:Chain)
    MATCH (a)<-[:SUB_SEGMENT_OF*0..]-(t:Segment)<-[:OPERATES_IN]-(f:Enterprise)-[:LOCATED_IN]->(:Region)
          -[:PART_OF*0..3]->(z)
    WHERE EXISTS { (t)-[:IN_CHAIN]->(c) } AND ($delta > 0 OR NOT f IN moved)
    WITH DISTINCT f ORDER BY f.nameKey, f.id LIMIT 5
    RETURN f
  }
  WITH k, f ORDER BY f.nameKey, f.id
  WITH k, collect(f.id)[..5] AS first
  SET k.firstFirms = first
}
WITH collect(CASE WHEN k.firms <= 0 THEN k END) AS emptied, count(*) AS touched
FOREACH (k IN emptied | DELETE k)
RETURN touched, size(emptied) AS deleted
