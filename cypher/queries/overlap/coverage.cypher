// Which of the asked regions cover each segment (区域环节覆盖): every segment of the chain $chain (of every chain
// when null), and for each asked region the keys of the segments where it has at least one firm — located in the
// region or its sub-regions (PART_OF, up to three levels), operating in the segment or below it. Read from the
// stored counts (FIRM_COUNT, see firmcount/refresh) on the region's side: one relationship per segment the region
// covers. One row of two lists (1,254 segments on the synthetic graph: lists travel faster than that many rows).
// The API rolls coverage up the segment tree, which the stored counts already are.
// Parameters: $codes, region codes; $chain, a chain id or null for all chains.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'
CALL () {
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN collect(s {.id, .name, .aliases, .position, .kind, .order, .source, .quote, .illustrative, chainId: c.id,
                    parentId: p.id}) AS segments
}
CALL () {
  UNWIND $codes AS code
  OPTIONAL MATCH (:Region {code: code})<-[:FIRM_COUNT]-(s:Segment)
  WHERE $chain IS NULL OR s.chainId = $chain
  WITH code, collect(s.id) AS keys
  RETURN collect({code: code, keys: keys}) AS covered
}
RETURN segments, covered
