// Firm counts of a chain per segment and region, side by side (区域环节企业数对比): for each region of $codes, how
// many firms located in it (or its sub-regions) work in each segment of the chain or in its sub-segments, each firm
// counted once per segment (a parent counts a firm once even when it works in two of its children). The row with
// segment '' carries the region's firms in the whole chain. Segments without firms of a region have no row.
// Parameters: $chain, a chain id; $codes, region codes.
// Example:    :param chain => 'jx-auto'  :param codes => ['36', '32']
MATCH (r:Region) WHERE r.code IN $codes
WITH collect(r) AS regions
MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(s:Segment)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(x:Region)
WITH regions, e, x, collect(s) AS segments
WITH e, segments, [r IN regions WHERE EXISTS { (x)-[:PART_OF*0..3]->(r) } | r.code] AS codes
WHERE size(codes) > 0
CALL (segments) {
  UNWIND segments AS s
  MATCH (s)-[:SUB_SEGMENT_OF*0..]->(a:Segment)
  RETURN collect(DISTINCT a.id) AS covered
}
UNWIND codes AS code
UNWIND covered + [''] AS segment
RETURN segment, code, count(e) AS firms
