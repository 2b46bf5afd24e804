// Which of the asked regions cover each segment directly (区域环节覆盖): for every segment of the chain $chain (of
// every chain when null), the codes of the regions that have at least one firm located in the region or its
// sub-regions (PART_OF, up to three levels) operating in the segment itself.
// The API rolls this up the segment tree (a parent is covered when it or any of its sub-segments is), which is the
// shared definition "at least one firm in the segment's subtree", without reading a subtree's firms once per level.
// Two ways, the API picks per region the cheaper one (OverlapAnalysis):
//  - $bySegment: from each segment, an EXISTS per region that stops at the first firm found; its cost follows how
//    rare the region's firms are, not how large the segment is. The region test sits in its own EXISTS on the firm's
//    region x: with both ends bound in one pattern the planner may walk from the region down to all its firms
//    (1,000,000 db hits on the demo graph instead of 17,500).
//  - $byRegion: from a small region's firms to their segments (one extra row per segment and region).
// Rows with a segment map list the $bySegment codes covering it; rows with a null segment add one $byRegion code to
// the segment of that key.
// Parameters: $bySegment, $byRegion, region codes; $chain, a chain id or null for all chains.
// Example:    :param bySegment => ['32']  :param byRegion => ['36']  :param chain => 'jx-auto'
CALL () {
  MATCH (r:Region) WHERE r.code IN $bySegment
  WITH collect(r) AS regions
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN s {.*, chainId: c.id, parentId: p.id} AS segment, s.id AS key,
         [r IN regions WHERE EXISTS {
            MATCH (s)<-[:OPERATES_IN]-(:Enterprise)-[:LOCATED_IN]->(x:Region)
            WHERE EXISTS { (x)-[:PART_OF*0..3]->(r) }
          } | r.code] AS coveredBy
  UNION
  UNWIND $byRegion AS code
  MATCH (:Region {code: code})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Enterprise)-[:OPERATES_IN]->(s:Segment)
  WHERE $chain IS NULL OR s.chainId = $chain
  WITH DISTINCT s.id AS key, code
  RETURN null AS segment, key, [code] AS coveredBy
}
RETURN segment, key, coveredBy
