// The chain gap table (产业链断点/短板表): every segment of the chain (the whole tree), the number of firms of the region
// in it, and the region's 链主 among them. "Firms of the region" are located in the region or a region under it
// (PART_OF, up to 3 levels); "in a segment" means in it or in a segment below it (SUB_SEGMENT_OF, rolled up), each
// firm counted once. The caller turns the counts into MISSING / WEAK / COVERED with its weakBelow.
// The firm-segment pairs come from the cheaper side: from the region's firms when they are fewer than the chain's
// OPERATES_IN links (a county, a small province), else from the chain's segments (a large province, a small chain);
// both sides give the same pairs, the sizes are degree counts (no scan). No label checks on the way: only firms have
// OPERATES_IN, and a firm's LOCATED_IN leads to a region.
// Parameters: $chain (chain id), $region (region code).
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'
MATCH (c:Chain {id: $chain})
MATCH (r:Region {code: $region})
OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region)
CALL (r) {
  MATCH (r)<-[:PART_OF*0..3]-(x:Region)
  RETURN collect(x) AS inside, sum(COUNT { (x)<-[:LOCATED_IN]-() }) AS regionFirms
}
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  RETURN collect(s) AS segments, sum(COUNT { (s)<-[:OPERATES_IN]-() }) AS chainLinks
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CHAIN]-(:Designation {kind: 'CHAIN_LEADER'})<-[:HOLDS]-(l:Enterprise)
  RETURN collect(DISTINCT l) AS leaders
}
CALL (segments, inside, regionFirms, chainLinks, leaders) {
  CALL (segments, inside, regionFirms, chainLinks) {
    WITH * WHERE regionFirms * 3 <= chainLinks * 2
    UNWIND inside AS x
    MATCH (x)<-[:LOCATED_IN]-(e)-[:OPERATES_IN]->(d)
    WHERE d IN segments
    RETURN d, e
    UNION ALL
    WITH * WHERE regionFirms * 3 > chainLinks * 2
    UNWIND segments AS d
    MATCH (d)<-[:OPERATES_IN]-(e)-[:LOCATED_IN]->(x)
    WHERE x IN inside
    RETURN d, e
  }
  WITH d, collect(e) AS firms
  MATCH (d)-[:SUB_SEGMENT_OF*0..]->(a:Segment)
  UNWIND firms AS e
  WITH a, count(DISTINCT e) AS n, collect(DISTINCT CASE WHEN e IN leaders THEN e.id END) AS chainLeaders
  RETURN collect({id: a.id, firms: n, leaders: chainLeaders}) AS counted
}
CALL (leaders) {
  UNWIND leaders AS l
  OPTIONAL MATCH (l)-[:LOCATED_IN]->(lr:Region)
  RETURN collect(l {.*, regionCode: lr.code}) AS leaderItems
}
UNWIND segments AS s
WITH c, r, rp, s, [x IN counted WHERE x.id = s.id][0] AS hit, leaderItems
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN c {.*} AS chain, r {.*, parentCode: rp.code} AS region, s {.*, parentId: p.id} AS segment,
       coalesce(hit.firms, 0) AS firms,
       [l IN leaderItems WHERE l.id IN coalesce(hit.leaders, [])] AS chainLeaders
