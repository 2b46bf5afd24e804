// Benchmark baseline (direct Cypher): every chain's gap table in one region in a few numbers, least covered first;
// what chainGapOverview answers (基准测试：区域产业链缺口总览). Segments, 断点 and 短板 per chain from the stored counts
// (FIRM_COUNT), read once from the region's side and split by chain before each segment looks up its own: looking
// each segment up in the whole list (1,254 segments against as many counts on the synthetic graph) took 430 ms at
// p50 in bench api.
// Parameters: $region (region code), $weakBelow.
// Example:    :param region => '36'  :param weakBelow => 3
MATCH (r:Region {code: $region})
CALL (r) {
  OPTIONAL MATCH (r)<-[k:FIRM_COUNT]-(x:Segment)
  RETURN collect({chain: x.chainId, id: x.id, firms: k.firms}) AS counted
}
MATCH (c:Chain)
WITH c, [x IN counted WHERE x.chain = c.id] AS mine
MATCH (c)<-[:IN_CHAIN]-(s:Segment)
WITH c, s, coalesce([x IN mine WHERE x.id = s.id][0].firms, 0) AS firms
WITH c, count(s) AS segments, sum(CASE WHEN firms = 0 THEN 1 ELSE 0 END) AS missing,
     sum(CASE WHEN firms > 0 AND firms < $weakBelow THEN 1 ELSE 0 END) AS weak
RETURN c.name AS chain, segments, missing, weak, segments - missing - weak AS covered,
       toFloat(segments - missing) / segments AS coverageRatio
ORDER BY coverageRatio, missing DESC, weak DESC, c.id
