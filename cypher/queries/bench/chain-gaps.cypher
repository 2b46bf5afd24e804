// Benchmark baseline (direct Cypher): the chain gap table of a chain in a region as an analyst writes it in Neo4j
// Browser — every segment of the chain's tree, the firms of the region (and its sub-regions) in it or below it, each
// once, and its status; what chainGaps answers (基准测试：产业链缺口表).
// Parameters: $chain (chain id), $region (region code), $weakBelow.
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'  :param weakBelow => 3
MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(s:Segment)
OPTIONAL MATCH (s)<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
               -[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $region})
WITH s, count(DISTINCT e) AS firms
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN s.id AS segment, s.name AS name, s.position AS position, p.id AS parent, firms,
       CASE WHEN firms = 0 THEN 'MISSING' WHEN firms < $weakBelow THEN 'WEAK' ELSE 'COVERED' END AS status
ORDER BY segment
