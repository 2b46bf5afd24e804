// The chain gap table (产业链断点/短板表): every segment of the chain (the whole tree), the number of firms of the region
// in it, and the region's 链主 among them. "Firms of the region" are located in the region or a region under it
// (PART_OF, up to 3 levels); "in a segment" means in it or in a segment below it (SUB_SEGMENT_OF, rolled up), each
// firm counted once. The caller turns the counts into MISSING / WEAK / COVERED with its weakBelow.
// The counts are the stored ones (FIRM_COUNT, see firmcount/refresh), read from the region's side: a region has at
// most one count per segment of the graph, a segment one per region with firms. The 链主 are few: their segments
// are read directly.
// Parameters: $chain (chain id), $region (region code).
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'
MATCH (c:Chain {id: $chain})
MATCH (r:Region {code: $region})
OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region)
CALL (c, r) {
  OPTIONAL MATCH (r)<-[k:FIRM_COUNT]-(s:Segment)
  WHERE s.chainId = c.id
  RETURN collect({id: s.id, firms: k.firms}) AS counted
}
CALL (c, r) {
  OPTIONAL MATCH (c)<-[:FOR_CHAIN]-(:Designation {kind: 'CHAIN_LEADER'})<-[:HOLDS]-(l:Enterprise)-[:LOCATED_IN]->(lr:Region)
  WHERE EXISTS { (lr)-[:PART_OF*0..3]->(r) }
  WITH DISTINCT l, lr
  CALL (l, c) {
    OPTIONAL MATCH (l)-[:OPERATES_IN]->(d:Segment)-[:IN_CHAIN]->(c)
    OPTIONAL MATCH (d)-[:SUB_SEGMENT_OF*0..]->(a:Segment)
    RETURN collect(DISTINCT a.id) AS under
  }
  WITH l, lr, under WHERE l IS NOT NULL AND size(under) > 0
  // Key order, so a segment's 链主 read the same after any reload (storage order is not).
  WITH l, lr, under ORDER BY l.id
  RETURN collect({item: l {.*, regionCode: lr.code}, under: under}) AS leaders
}
MATCH (c)<-[:IN_CHAIN]-(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN c {.*} AS chain, r {.*, parentCode: rp.code} AS region, s {.*, parentId: p.id} AS segment,
       coalesce([x IN counted WHERE x.id = s.id][0].firms, 0) AS firms,
       [l IN leaders WHERE s.id IN l.under | l.item] AS chainLeaders
