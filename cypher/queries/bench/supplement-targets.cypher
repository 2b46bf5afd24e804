// Benchmark baseline (direct Cypher): 补链 targets as an analyst writes them in one statement — the region's gap
// segments (fewer than $weakBelow firms of the region in them or below them), then the firms outside the region in
// those segments, scored with the default weights of the README (断点 40 / 短板 20, 10 per further gap up to 3, 链主
// 30, 龙头/领航 15, tags (not a 链主/龙头/领航 tag beside that designation for the chain), where it is once: same
// city 20, else same province 15, else neighbour or cooperation area 10; supplies 20 / buys from 15 firms of the
// region), best first, first page; what supplementTargets(first: 20) answers (基准测试：补链目标企业). The region's
// firms per segment come from the stored counts (FIRM_COUNT, see firmcount/refresh), as the API reads them.
// Parameters: $chain (chain id), $region (region code), $weakBelow, $tagWeights (map tag -> weight), $limit.
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'  :param weakBelow => 3  :param limit => 20
//             :param tagWeights => {`单项冠军`: 25, `专精特新小巨人`: 20, `小巨人`: 20, `独角兽`: 15, `专精特新`: 10,
//                                   `上市`: 10, `龙头`: 10, `领航`: 10, `瞪羚`: 8, `高新技术企业`: 5, `规上`: 2}
MATCH (c:Chain {id: $chain}), (r:Region {code: $region})
CALL (r) {
  OPTIONAL MATCH (r)<-[k:FIRM_COUNT]-(x:Segment)
  WHERE x.chainId = $chain
  RETURN collect({id: x.id, firms: k.firms}) AS counted
}
MATCH (c)<-[:IN_CHAIN]-(s:Segment)
WITH c, r, s, coalesce([x IN counted WHERE x.id = s.id][0].firms, 0) AS firms
WHERE firms < $weakBelow
WITH c, r, collect(s) AS gaps, [g IN collect(CASE WHEN firms = 0 THEN s END) WHERE g IS NOT NULL] AS missing
UNWIND gaps AS g
MATCH (g)<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(y:Region)
WHERE NOT EXISTS { (y)-[:PART_OF*0..3]->(r) }
WITH c, r, e, y, collect(DISTINCT g) AS filled, missing
WITH c, r, e, y, [g IN filled WHERE NOT EXISTS { (g)<-[:SUB_SEGMENT_OF*1..]-(h:Segment) WHERE h IN filled }] AS fills, missing
WITH e, fills,
     CASE WHEN any(g IN fills WHERE g IN missing) THEN 40 ELSE 20 END
     + 10 * CASE WHEN size(fills) - 1 < 3 THEN size(fills) - 1 ELSE 3 END
     + CASE WHEN EXISTS { (e)-[:HOLDS]->(:Designation {kind: 'CHAIN_LEADER'})-[:FOR_CHAIN]->(c) } THEN 30 ELSE 0 END
     + CASE WHEN EXISTS { (e)-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c) WHERE d.kind IN ['NAVIGATOR', 'LEADING'] } THEN 15 ELSE 0 END
     + reduce(t = 0, tag IN coalesce(e.tags, []) | t + CASE
         WHEN EXISTS { (e)-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c)
                       WHERE d.kind = {链主: 'CHAIN_LEADER', 龙头: 'LEADING', 领航: 'NAVIGATOR'}[tag] } THEN 0
         ELSE coalesce($tagWeights[tag], 0) END)
     + CASE WHEN EXISTS { (y)-[:PART_OF*0..3]->(:Region {level: 'CITY'})<-[:PART_OF*1..3]-(r) } THEN 20
            WHEN EXISTS { (y)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'})<-[:PART_OF*1..3]-(r) } THEN 15
            WHEN EXISTS { (y)-[:PART_OF*0..3]->(:Region)-[:NEIGHBOURS]-(:Region)<-[:PART_OF*0..3]-(r) }
              OR EXISTS { (y)-[:PART_OF*0..3]->(:Region)-[:MEMBER_OF]->(:Region)<-[:MEMBER_OF]-(:Region)<-[:PART_OF*0..3]-(r) } THEN 10
            ELSE 0 END
     + CASE WHEN EXISTS { (e)-[:SUPPLIES_TO]->(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) } THEN 20 ELSE 0 END
     + CASE WHEN EXISTS { (e)<-[:SUPPLIES_TO]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) } THEN 15 ELSE 0 END AS score
RETURN e.id AS enterprise, e.name AS name, score, [g IN fills | g.id] AS fills
ORDER BY score DESC, enterprise
LIMIT $limit
