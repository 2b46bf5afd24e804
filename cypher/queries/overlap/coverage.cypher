// Which of the asked regions cover each segment (区域环节覆盖): every segment of the chain $chain (of every chain
// when null), and for each asked region the segments where it has at least one firm — located in the region or its
// sub-regions (PART_OF, up to three levels), operating in the segment or below it. Read from the stored counts
// (FIRM_COUNT, see firmcount/refresh) on the region's side: one relationship per segment the region covers.
// Rows with a segment map carry the segments of the scope (coveredBy empty); rows with a null segment add one code
// to the segment of that key. The API rolls coverage up the segment tree, which the stored counts already are.
// Parameters: $codes, region codes; $chain, a chain id or null for all chains.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'
CALL () {
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN s {.*, chainId: c.id, parentId: p.id} AS segment, s.id AS key, [] AS coveredBy
  UNION ALL
  UNWIND $codes AS code
  MATCH (:Region {code: code})<-[:FIRM_COUNT]-(s:Segment)
  WHERE $chain IS NULL OR s.chainId = $chain
  RETURN null AS segment, s.id AS key, [code] AS coveredBy
}
RETURN segment, key, coveredBy
