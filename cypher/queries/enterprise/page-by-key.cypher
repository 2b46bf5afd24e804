// A page of enterprises in key order (企业列表，按主键), walking the index of the constraint on Enterprise.id from
// the cursor on, testing each firm against the filter, and stopping after one page: enterprise/page-by-name in key
// order (when it is used, and what $scan does, are said there).
// Parameters: $region, $chain, $segment, $tags, $tier, $cluster, $illustrative (as in enterprise/page, each null
//             for no condition); $afterKey (the last item of the previous page, or null); $scan (at most this many
//             firms read); $limit.
// Example:    :param region => null  :param chain => null  :param segment => null  :param tags => ['专精特新']
//             :param tier => null  :param cluster => null  :param illustrative => null  :param afterKey => null
//             :param scan => 100000  :param limit => 20
MATCH (e:Enterprise)
WHERE e.id > coalesce($afterKey, '')
WITH e ORDER BY e.id
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
WITH e ORDER BY e.id
LIMIT $limit
// OPTIONAL MATCH, not a pattern comprehension: see enterprise/page-by-name.
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
