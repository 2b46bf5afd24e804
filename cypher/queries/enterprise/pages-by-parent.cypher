// A page of enterprises for each of many parents at once (按地区/环节批量分页的企业列表): the enterprises connection
// nested under Region (firms in the region and its sub-regions) and under Segment (firms working in the segment), one
// statement for every parent of a GraphQL field. Filter conditions and order are those of enterprise/page; each parent
// gets its own keyset page (after the same cursor) and its own total. Each parent's page starts from the condition
// that holds the fewest firms, its own or the filter's (parent.start, chosen by FirmListPlan from
// enterprise/start-sizes, as enterprise/parent-counts starts its count): 广东's firms with a tag no firm has from the
// tag's none, not from 广东's 363,925.
// Parameters: $parents, a list of {key, region, segment, start}: the parent's own condition (a region code, a segment
//             key, or both; at least one), the key its row answers to and where to start (as in
//             enterprise/parent-counts); $region, $chain, $segment, $tags, $tagQuery, $tier, $cluster, $illustrative
//             (the filter, as in enterprise/page, each null for no condition); $byName (order by name, else by key);
//             $afterNameKey, $afterKey (the cursor, or null); $limit.
// Example:    :param parents => [{key: '3606', region: '3606', segment: null, start: 'parentRegion'},
//                                {key: 'jx-nonferrous/copper-foil', region: '36', segment: 'jx-nonferrous/copper-foil',
//                                 start: 'parentSegment'}]
//             :param region => null  :param chain => 'jx-nonferrous'  :param segment => null  :param tags => null
//             :param tagQuery => null  :param tier => null  :param cluster => null  :param illustrative => null
//             :param byName => true  :param afterNameKey => null  :param afterKey => null  :param limit => 20
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
  WITH e ORDER BY CASE WHEN $byName THEN e.nameKey ELSE e.id END, e.id
  // One row per parent, also when nothing matches (total 0): the total is counted before the cursor applies.
  WITH collect(e) AS matched
  RETURN size(matched) AS total,
         [e IN matched WHERE $afterKey IS NULL
             OR $byName AND (e.nameKey > $afterNameKey OR e.nameKey = $afterNameKey AND e.id > $afterKey)
             OR NOT $byName AND e.id > $afterKey][..$limit] AS page
}
RETURN parent.key AS key, total,
       [e IN page | e {.*, regionCode: head([(e)-[:LOCATED_IN]->(r:Region) | r.code])}] AS items
