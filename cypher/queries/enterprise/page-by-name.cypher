// A page of enterprises in 拼音 order (企业列表，按名称), walking the index enterprise_name_key (V0010) from the
// cursor on, testing each firm against the filter, and stopping after one page: for a filter with no region,
// segment, chain or cluster, or with one that holds many firms (a province with a third of them), instead of
// sorting them all as enterprise/page does (on 1,000,000 firms, no filter: 20–30 ms rather than 1.1–1.5 s).
// $scan bounds the firms read: fewer than $limit items then means "not found within the bound" (or the end of the
// list), and EnterpriseController asks enterprise/page instead. Conditions and cursor as in enterprise/page.
// Parameters: $region, $chain, $segment, $tags, $tier, $cluster, $illustrative (as in enterprise/page, each null
//             for no condition); $afterNameKey, $afterKey (the last item of the previous page, or null); $scan (at
//             most this many firms read); $limit.
// Example:    :param region => null  :param chain => null  :param segment => null  :param tags => ['专精特新']
//             :param tier => null  :param cluster => null  :param illustrative => null  :param afterNameKey => null
//             :param afterKey => null  :param scan => 100000  :param limit => 20
MATCH (e:Enterprise)
WHERE e.nameKey >= coalesce($afterNameKey, '')
  AND ($afterKey IS NULL OR e.nameKey > $afterNameKey OR e.id > $afterKey)
WITH e ORDER BY e.nameKey, e.id
LIMIT $scan
WITH e
WHERE ($region IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $region}) })
  AND ($segment IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segment}) })
  AND ($chain IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chain}) })
  AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
  AND ($cluster IS NULL OR EXISTS {
        MATCH (c:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e)
        WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->() }
           OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[:FOCUSES_ON]-(c) } })
  AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
// Still in index order: Neo4j stops after $limit.
WITH e ORDER BY e.nameKey, e.id
LIMIT $limit
// OPTIONAL MATCH, not a pattern comprehension: with one, Neo4j 2026.08's planner fails its own check on the
// property the index hands over (cached) when assertions are on, as in the tests.
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
