// Benchmark baseline (direct Cypher): the regional overlap of two regions in one statement, as an analyst would
// write it — the question the API's regionalOverlap answers for the benchmark request (基准测试：区域重合度):
// segments and chains each region covers, the segments both cover (first 20 and how many), the Jaccard similarity
// over covered segments, and for each direction the gaps of one region the other covers (first 20 and how many),
// each with the covering region's first 5 firms by name and how many it has there.
// Covered = at least one firm located in the region or its sub-regions works in the segment or a sub-segment: a
// stored count (FIRM_COUNT, see firmcount/refresh), read from the region's side as the API reads it (from each
// segment, the expansion to the region reads the smaller degree: ~1,300 relationships per segment and province);
// so is a gap's number of covering firms.
// The first firms by name are the stored ones (firstFirms on the same count: the first five by nameKey then id).
// Parameters: $a, $b, region codes; $chain, a chain id or null for every chain.
// Example:    :param a => '36'  :param b => '32'  :param chain => null
MATCH (ra:Region {code: $a})
MATCH (rb:Region {code: $b})
CALL (ra, rb) {
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  RETURN c, s, 0 AS a, 0 AS b
  UNION ALL
  MATCH (ra)<-[:FIRM_COUNT]-(s:Segment)-[:IN_CHAIN]->(c:Chain)
  WHERE $chain IS NULL OR c.id = $chain
  RETURN c, s, 1 AS a, 0 AS b
  UNION ALL
  MATCH (rb)<-[:FIRM_COUNT]-(s:Segment)-[:IN_CHAIN]->(c:Chain)
  WHERE $chain IS NULL OR c.id = $chain
  RETURN c, s, 0 AS a, 1 AS b
}
WITH ra, rb, c, s, sum(a) > 0 AS inA, sum(b) > 0 AS inB
ORDER BY c.id, s.id
WITH ra, rb, collect({segment: s, chain: c.id, a: inA, b: inB}) AS rows
WITH ra, rb, rows,
     [r IN rows WHERE r.a AND r.b] AS both,
     [r IN rows WHERE r.a OR r.b] AS either,
     [r IN rows WHERE NOT r.a AND r.b] AS gapsOfA,
     [r IN rows WHERE r.a AND NOT r.b] AS gapsOfB
CALL (rb, gapsOfA) {
  UNWIND gapsOfA[..20] AS gap
  WITH gap.segment AS s
  OPTIONAL MATCH (s)-[k:FIRM_COUNT]->(rb)
  CALL (k) {
    UNWIND coalesce(k.firstFirms, []) AS id
    MATCH (e:Enterprise {id: id})
    WITH e ORDER BY e.nameKey, e.id
    RETURN collect(e.name) AS first
  }
  WITH s, first, coalesce(k.firms, 0) AS firms
  RETURN collect({segment: s.id, name: s.name, firms: firms, first: first}) AS aFromB
}
CALL (ra, gapsOfB) {
  UNWIND gapsOfB[..20] AS gap
  WITH gap.segment AS s
  OPTIONAL MATCH (s)-[k:FIRM_COUNT]->(ra)
  CALL (k) {
    UNWIND coalesce(k.firstFirms, []) AS id
    MATCH (e:Enterprise {id: id})
    WITH e ORDER BY e.nameKey, e.id
    RETURN collect(e.name) AS first
  }
  WITH s, first, coalesce(k.firms, 0) AS firms
  RETURN collect({segment: s.id, name: s.name, firms: firms, first: first}) AS bFromA
}
RETURN size(rows) AS segments,
       size([r IN rows WHERE r.a]) AS coveredByA,
       size([r IN rows WHERE r.b]) AS coveredByB,
       size(reduce(cs = [], r IN rows | CASE WHEN r.a AND NOT r.chain IN cs THEN cs + r.chain ELSE cs END)) AS chainsOfA,
       size(reduce(cs = [], r IN rows | CASE WHEN r.b AND NOT r.chain IN cs THEN cs + r.chain ELSE cs END)) AS chainsOfB,
       size(both) AS shared,
       [r IN both[..20] | r.segment.name] AS sharedFirst,
       CASE size(either) WHEN 0 THEN null ELSE toFloat(size(both)) / size(either) END AS jaccard,
       size(gapsOfA) AS gapsOfACoveredByB, aFromB,
       size(gapsOfB) AS gapsOfBCoveredByA, bFromA
