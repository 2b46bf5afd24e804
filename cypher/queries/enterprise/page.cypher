// A page of enterprises matching a filter, ordered by name or key, with a keyset cursor (企业列表). By name is by
// nameKey, the name's place in 拼音 order (io.chaingraph.model.order.NameOrder), then by key.
// Parameters: $region (code: the region and its sub-regions), $chain, $segment, $tags (all of them), $tier (of a
//             policy chain the firm works in), $cluster (firms in the cluster's regions and chains), $illustrative
//             (true/false) — each null for no condition; $byName (order by name, else by key); $afterNameKey,
//             $afterKey (the last item of the previous page, or null); $limit.
// Example:    :param region => '3601'  :param chain => null  :param segment => null  :param tags => ['专精特新']
//             :param tier => null  :param cluster => null  :param illustrative => null  :param byName => true
//             :param afterNameKey => null  :param afterKey => null  :param limit => 20
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
  AND ($afterKey IS NULL
       OR $byName AND (e.nameKey > $afterNameKey OR e.nameKey = $afterNameKey AND e.id > $afterKey)
       OR NOT $byName AND e.id > $afterKey)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
ORDER BY CASE WHEN $byName THEN e.nameKey ELSE e.id END, e.id
LIMIT $limit
