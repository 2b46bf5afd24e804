// Firm counts of a chain per segment and region, side by side (区域环节企业数对比): for each region of $codes, how
// many firms located in it (or its sub-regions) work in each segment of the chain or in its sub-segments, each firm
// counted once per segment (a parent counts a firm once even when it works in two of its children). The row with
// segment '' carries the region's firms in the whole chain. Segments without firms of a region have no row.
// The stored counts (FIRM_COUNT, see firmcount/refresh), the same the gap table reads.
// Parameters: $chain, a chain id; $codes, region codes.
// Example:    :param chain => 'jx-auto'  :param codes => ['36', '32']
MATCH (c:Chain {id: $chain})
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (c, r) {
  MATCH (r)<-[k:FIRM_COUNT]-(s:Segment)
  WHERE s.chainId = c.id
  RETURN s.id AS segment, k.firms AS firms
  UNION ALL
  MATCH (r)<-[k:FIRM_COUNT]-(c)
  RETURN '' AS segment, k.firms AS firms
}
RETURN segment, code, firms
