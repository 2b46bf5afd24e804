// A page of enterprises in 拼音 order for each of many parents at once (按地区/环节批量分页的企业列表，按名称), walking
// the index enterprise_name_key once per parent and stopping at a full page: enterprise/page-by-name for the lists
// nested under Region and Segment whose parent holds many firms (广东 with a third of them), where
// enterprise/pages-by-parent would sort them all. $scan bounds the firms each walk reads; a parent with fewer than
// $limit items then goes to pages-by-parent (EnterpriseConnections). Conditions and cursor as in pages-by-parent.
// Parameters: $parents, a list of {key, region, segment}: the parent's own condition and the key its row answers
//             to; $region, $chain, $segment, $tags, $tier, $cluster, $illustrative (the filter, each null for no
//             condition); $afterNameKey, $afterKey (the cursor, or null); $scan (at most this many firms read per
//             parent); $limit.
// Example:    :param parents => [{key: '4401', region: '4401', segment: null}]  :param region => null
//             :param chain => null  :param segment => null  :param tags => null  :param tier => null
//             :param cluster => null  :param illustrative => null  :param afterNameKey => null  :param afterKey => null
//             :param scan => 100000  :param limit => 21
UNWIND $parents AS parent
CALL (parent) {
  MATCH (e:Enterprise)
  WHERE e.nameKey >= coalesce($afterNameKey, '')
    AND ($afterKey IS NULL OR e.nameKey > $afterNameKey OR e.id > $afterKey)
  WITH parent, e ORDER BY e.nameKey, e.id
  LIMIT $scan
  WITH parent, e
  WHERE (parent.region IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: parent.region}) })
    AND (parent.segment IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: parent.segment}) })
    AND ($region IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $region}) })
    AND ($segment IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segment}) })
    AND ($chain IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chain}) })
    AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
    AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
    AND ($cluster IS NULL OR EXISTS {
          MATCH (c:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e)
          WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->() }
             OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[:FOCUSES_ON]-(c) } })
    AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
  WITH e ORDER BY e.nameKey, e.id
  LIMIT $limit
  // OPTIONAL MATCH, not a pattern comprehension: see enterprise/page-by-name.
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
  RETURN collect(e {.*, regionCode: r.code}) AS items
}
RETURN parent.key AS key, items
