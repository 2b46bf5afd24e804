// Benchmark baseline (direct Cypher): the chain gap table of a chain in a region as an analyst writes it in Neo4j
// Browser — every segment of the chain's tree, the firms of the region (and its sub-regions) in it or below it, each
// once, and its status; what chainGaps answers (基准测试：产业链缺口表). The firms come from the stored counts
// (FIRM_COUNT, see firmcount/refresh), read from the region's side (one per segment it has firms in) as the API
// reads them: from each segment, the expansion to the region reads the smaller of the two degrees, ~750 a segment.
// Parameters: $chain (chain id), $region (region code), $weakBelow.
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'  :param weakBelow => 3
MATCH (r:Region {code: $region})
CALL (r) {
  OPTIONAL MATCH (r)<-[k:FIRM_COUNT]-(x:Segment)
  WHERE x.chainId = $chain
  RETURN collect({id: x.id, firms: k.firms}) AS counted
}
MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(s:Segment)
WITH s, coalesce([x IN counted WHERE x.id = s.id][0].firms, 0) AS firms
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN s.id AS segment, s.name AS name, s.position AS position, p.id AS parent, firms,
       CASE WHEN firms = 0 THEN 'MISSING' WHEN firms < $weakBelow THEN 'WEAK' ELSE 'COVERED' END AS status
ORDER BY segment
