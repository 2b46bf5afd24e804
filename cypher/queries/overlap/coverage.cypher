// Which of the asked regions cover each segment directly (区域环节覆盖): for every segment of the chain $chain (of
// every chain when null), the codes of the regions in $codes that have at least one firm located in the region or
// its sub-regions (PART_OF, up to three levels) operating in the segment itself.
// The API rolls this up the segment tree (a parent is covered when it or any of its sub-segments is), which is the
// shared definition "at least one firm in the segment's subtree", without reading a subtree's firms once per level.
// EXISTS stops at the first firm found, so the cost follows how rare a region's firms are, not the segment's size.
// The region test sits in its own EXISTS on the firm's region x: with both ends bound in one pattern the planner
// may walk from the region down to all its firms (1,000,000 db hits on the demo graph instead of 17,500).
// Parameters: $codes, region codes; $chain, a chain id or null for all chains.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'
MATCH (r:Region) WHERE r.code IN $codes
WITH collect(r) AS regions
MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
MATCH (c)<-[:IN_CHAIN]-(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN s {.*, chainId: c.id, parentId: p.id} AS segment,
       [r IN regions WHERE EXISTS {
          MATCH (s)<-[:OPERATES_IN]-(:Enterprise)-[:LOCATED_IN]->(x:Region)
          WHERE EXISTS { (x)-[:PART_OF*0..3]->(r) }
        } | r.code] AS coveredBy
