// How many enterprises match for each of many parents at once (按地区/环节批量计数), for the totalCount of the
// nested lists walked in order (enterprise/parent-walks-by-name, parent-walks-by-key; pages-by-parent counts as it
// pages). Each parent's count starts from the condition that holds the fewest firms, its own or the filter's
// (parent.start, chosen by FirmListPlan from enterprise/start-sizes: 广东's firms of one chain from the chain's,
// not from 广东's), and tests the others, without reading names or sorting.
// Parameters: $parents, a list of {key, region, segment, start}: the parent's own condition, the key its row answers
//             to, and where to start ('parentSegment', 'parentRegion', 'segment', 'region', 'cluster', 'chain',
//             'tags'); $region, $chain, $segment, $tags, $tagQuery, $tier, $cluster, $illustrative (the filter, as in
//             enterprise/page, each null for no condition).
// Example:    :param parents => [{key: '4401', region: '4401', segment: null, start: 'chain'}]  :param region => null
//             :param chain => 'jx-nonferrous'  :param segment => null  :param tags => null  :param tier => null
//             :param tagQuery => null  :param cluster => null  :param illustrative => null
// The filter's region and each parent's with their sub-regions, once: a firm's region is then a look in a list, not a
// walk up the tree from every firm (see enterprise/page).
CALL () { OPTIONAL MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(r:Region) RETURN collect(r) AS within }
UNWIND $parents AS parent
CALL (parent) {
  OPTIONAL MATCH (:Region {code: parent.region})<-[:PART_OF*0..3]-(r:Region) RETURN collect(r) AS parentWithin
}
CALL (parent, within, parentWithin) {
  CALL (parent) {
    // UNWIND, not WHERE: a condition on parameters alone is checked after the match, not before it.
    UNWIND CASE WHEN parent.start = 'parentSegment' THEN [true] ELSE [] END AS fromParentSegment
    MATCH (:Segment {id: parent.segment})<-[:OPERATES_IN]-(e:Enterprise)
    RETURN e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'parentRegion' THEN [true] ELSE [] END AS fromParentRegion
    MATCH (:Region {code: parent.region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
    RETURN e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'segment' THEN [true] ELSE [] END AS fromSegment
    MATCH (:Segment {id: $segment})<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
    RETURN DISTINCT e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'region' THEN [true] ELSE [] END AS fromRegion
    MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
    RETURN e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'cluster' THEN [true] ELSE [] END AS fromCluster
    MATCH (:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
    RETURN DISTINCT e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'chain' THEN [true] ELSE [] END AS fromChain
    MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
    RETURN DISTINCT e
    UNION ALL
    UNWIND CASE WHEN parent.start = 'tags' THEN [true] ELSE [] END AS fromTags
    CALL db.index.fulltext.queryNodes('enterprise_tags', $tagQuery) YIELD node AS e
    RETURN e
  }
  // The start's own condition holds already (a cluster's is tested still: its chains).
  WITH parent, e, within, parentWithin
  WHERE (parent.region IS NULL OR parent.start = 'parentRegion'
         OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN parentWithin })
    AND (parent.segment IS NULL OR parent.start = 'parentSegment'
         OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: parent.segment}) })
    AND ($region IS NULL OR parent.start = 'region' OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN within })
    AND ($segment IS NULL OR parent.start = 'segment' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segment}) })
    AND ($chain IS NULL OR parent.start = 'chain'
         OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chain}) })
    AND ($tags IS NULL OR parent.start = 'tags' OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
    AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
    AND ($cluster IS NULL OR EXISTS {
          MATCH (c:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e)
          WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->() }
             OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[:FOCUSES_ON]-(c) } })
    AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
  RETURN count(e) AS total
}
RETURN parent.key AS key, total
