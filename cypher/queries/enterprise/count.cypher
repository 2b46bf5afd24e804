// How many enterprises match a filter (企业计数); the same conditions as enterprise/page.
// Parameters: $region, $chain, $segment, $tags, $tier, $cluster, $illustrative (each null for no condition).
// Example:    :param region => '36'  :param chain => 'jx-nonferrous'  :param segment => null  :param tags => null
//             :param tier => null  :param cluster => null  :param illustrative => null
MATCH (e:Enterprise)
WHERE ($region IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $region}) })
  AND ($segment IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segment}) })
  AND ($chain IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chain}) })
  AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
  AND ($cluster IS NULL OR EXISTS {
        MATCH (c:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e)
        WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->() }
           OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[:FOCUSES_ON]-(c) } })
  AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
RETURN count(e) AS total
