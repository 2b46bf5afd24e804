// Adds firms to the stored firm counts (预计算的环节企业数), or withdraws them: each firm counts once for every
// (segment or chain, region) it is counted in — the segments it operates in and those above them in the same
// chain, and their chains, times its region and the regions above it (PART_OF, up to 3 levels); see
// firmcount/refresh. A writer that changes a firm's segments or region withdraws the firm (delta -1) before the
// change and adds it (delta 1) after, in the same transaction; a count that reaches 0 is deleted.
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
WITH a, z, count(*) * $delta AS change
MERGE (a)-[k:FIRM_COUNT]->(z)
  ON CREATE SET k.firms = 0, k.source = 'derived'
SET k.firms = k.firms + change
WITH collect(CASE WHEN k.firms <= 0 THEN k END) AS emptied, count(*) AS touched
FOREACH (k IN emptied | DELETE k)
RETURN touched, size(emptied) AS deleted
