// Recomputes the stored firm counts (预计算的环节企业数) of chains from the firms: for every segment of the chain
// and the chain itself, and every region, how many distinct firms located in the region or a region under it
// (PART_OF, up to 3 levels: county/zone → city → province) operate in the segment or in a segment below it
// (SUB_SEGMENT_OF, rolled up, in the same chain; each firm once per segment) — for the chain: in any of its
// segments. Stored as (:Segment|Chain)-[:FIRM_COUNT {firms, source: 'derived'}]->(:Region), only where firms > 0;
// a segment's count also holds firstFirms, the ids of its first five firms by name (nameKey) then id (the first page of the
// firms a region offers for another's gap, 补链互补).
// Cooperation areas hold no firms (their members are MEMBER_OF, not PART_OF), so they get no counts, as the gap
// table always counted them. Old counts of the chains are deleted first; runs in the writer's transaction.
// Parameters: $chains, chain ids, or null for every chain.
// Example:    :param chains => ['jx-nonferrous']
MATCH (c:Chain) WHERE $chains IS NULL OR c.id IN $chains
CALL (c) {
  OPTIONAL MATCH (c)-[k:FIRM_COUNT]->()
  DELETE k
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_CHAIN]-(:Segment)-[k:FIRM_COUNT]->()
  DELETE k
}
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)<-[:OPERATES_IN]-(e:Enterprise)
  WITH e, collect(s) AS direct
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(z:Region)
  WITH e, direct, collect(DISTINCT z) AS regions
  CALL (c, direct) {
    UNWIND direct AS s
    MATCH (s)-[:SUB_SEGMENT_OF*0..]->(a:Segment)-[:IN_CHAIN]->(c)
    RETURN collect(DISTINCT a) AS counted
  }
  UNWIND counted + [c] AS a
  UNWIND regions AS z
  WITH a, z, e ORDER BY e.nameKey, e.id
  WITH a, z, count(*) AS firms, collect(e.id) AS ids
  CREATE (a)-[k:FIRM_COUNT {firms: firms, source: 'derived'}]->(z)
  SET k.firstFirms = CASE WHEN a:Segment THEN ids[..5] END
  RETURN count(*) AS written
}
RETURN count(c) AS chains, sum(written) AS written
