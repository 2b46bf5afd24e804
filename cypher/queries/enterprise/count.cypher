// How many enterprises match a filter (企业计数), for the totalCount of a list walked in order
// (enterprise/page-by-name, page-by-key; enterprise/page counts as it pages): starts where enterprise/page does,
// from $start, and tests the same conditions, without reading names or sorting. Without a start,
// enterprise/count-every-firm is twice as fast.
// Parameters: $region, $chain, $segment, $tags, $tagQuery, $tier, $cluster, $illustrative (each null for no
//             condition); $start (as in enterprise/page).
// Example:    :param region => '36'  :param chain => 'jx-nonferrous'  :param segment => null  :param tags => null
//             :param tagQuery => null  :param tier => null  :param cluster => null  :param illustrative => null
//             :param start => 'chain'
// The region and its sub-regions, once: a firm's region is then a look in this list, not a walk up the tree from
// every firm (on 1,000,000 firms, 广东's 专精特新 counted from the tag in 63 ms rather than 133).
CALL () { OPTIONAL MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(r:Region) RETURN collect(r) AS within }
CALL () {
  // UNWIND, not WHERE: a condition on parameters alone is checked after the match, not before it.
  UNWIND CASE WHEN $start = 'segment' THEN [true] ELSE [] END AS fromSegment
  MATCH (:Segment {id: $segment})<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
  RETURN DISTINCT e
  UNION ALL
  UNWIND CASE WHEN $start = 'region' THEN [true] ELSE [] END AS fromRegion
  MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $start = 'cluster' THEN [true] ELSE [] END AS fromCluster
  MATCH (:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
  RETURN DISTINCT e
  UNION ALL
  UNWIND CASE WHEN $start = 'chain' THEN [true] ELSE [] END AS fromChain
  MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
  RETURN DISTINCT e
  UNION ALL
  UNWIND CASE WHEN $start = 'tags' THEN [true] ELSE [] END AS fromTags
  CALL db.index.fulltext.queryNodes('enterprise_tags', $tagQuery) YIELD node AS e
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $start IS NULL THEN [true] ELSE [] END AS fromEveryFirm
  MATCH (e:Enterprise)
  RETURN e
}
// The start's own condition holds already (the cluster's is tested still: its chains).
WITH e, within
WHERE ($region IS NULL OR $start = 'region' OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN within })
  AND ($segment IS NULL OR $start = 'segment' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segment}) })
  AND ($chain IS NULL OR $start = 'chain'
       OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chain}) })
  AND ($tags IS NULL OR $start = 'tags' OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
  AND ($cluster IS NULL OR EXISTS {
        MATCH (c:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e)
        WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->() }
           OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[:FOCUSES_ON]-(c) } })
  AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
RETURN count(e) AS total
