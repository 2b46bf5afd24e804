// How many firms each part of a filter starts from, at most (筛选条件涉及的企业数上限), from degree counts and an
// index: no firm is read. FirmListPlan weighs them to choose between starting from the smallest (enterprise/page,
// pages-by-parent) and walking the firms in order while testing the filter (enterprise/page-by-name, page-by-key,
// parent-walks-by-name, parent-walks-by-key): a region that holds a third of all firms pages faster along the index.
// Upper bounds: a region's count includes the clusters located there, a chain's and a segment's (with its
// sub-segments) count a firm once per segment of it. The firms holding all the tags are counted in the index
// enterprise_tags (V0012), exactly but only up to the smallest of the filter's other conditions (every firm for
// none): a start from the tags pays only below that, and counting a tag of 150,000 firms takes ~40 ms. 0 for a
// condition that is null or names nothing. One row per parent: the lists nested under regions and segments add
// their parent's own region and segment (the top-level list passes one parent with neither).
// Parameters: $segment, $region, $cluster, $chain, $tagQuery (the filter's, each null for no condition; $tagQuery the
//             index query of its tags, "专精特新" AND "上市"); $parents, a list of {key, region, segment}.
// Example:    :param segment => null  :param region => null  :param cluster => null  :param chain => 'jx-nonferrous'
//             :param tagQuery => '"上市"'
//             :param parents => [{key: '36', region: '36', segment: null}, {key: '32', region: '32', segment: null}]
CALL () { MATCH (e:Enterprise) RETURN count(e) AS firms }
CALL () {
  OPTIONAL MATCH (:Segment {id: $segment})<-[:SUB_SEGMENT_OF*0..]-(s:Segment)
  RETURN sum(COUNT { (s)<-[:OPERATES_IN]-() }) AS segment
}
CALL () {
  OPTIONAL MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(r:Region)
  RETURN sum(COUNT { (r)<-[:LOCATED_IN]-() }) AS region
}
CALL () {
  OPTIONAL MATCH (:Cluster {id: $cluster})-[:LOCATED_IN]->(:Region)<-[:PART_OF*0..3]-(r:Region)
  RETURN sum(COUNT { (r)<-[:LOCATED_IN]-() }) AS cluster
}
CALL () {
  OPTIONAL MATCH (:Chain {id: $chain})<-[:IN_CHAIN]-(s:Segment)
  RETURN sum(COUNT { (s)<-[:OPERATES_IN]-() }) AS chain
}
CALL (firms, segment, region, cluster, chain) {
  WITH reduce(cap = firms, size IN [CASE WHEN $segment IS NOT NULL THEN segment END,
                                    CASE WHEN $region IS NOT NULL THEN region END,
                                    CASE WHEN $cluster IS NOT NULL THEN cluster END,
                                    CASE WHEN $chain IS NOT NULL THEN chain END]
             | CASE WHEN size IS NOT NULL AND size < cap THEN size ELSE cap END) AS cap
  // UNWIND, not WHERE (as in enterprise/page): no tags, or a cap of 0, asks the index nothing.
  UNWIND CASE WHEN $tagQuery IS NULL OR cap < 1 THEN [] ELSE [cap] END AS counted
  CALL db.index.fulltext.queryNodes('enterprise_tags', $tagQuery, {limit: counted}) YIELD node
  RETURN count(node) AS tags
}
UNWIND $parents AS parent
CALL (parent) {
  OPTIONAL MATCH (:Region {code: parent.region})<-[:PART_OF*0..3]-(r:Region)
  RETURN sum(COUNT { (r)<-[:LOCATED_IN]-() }) AS parentRegion
}
CALL (parent) {
  OPTIONAL MATCH (s:Segment {id: parent.segment})
  RETURN COUNT { (s)<-[:OPERATES_IN]-() } AS parentSegment
}
RETURN parent.key AS key, firms, segment, region, cluster, chain, tags, parentRegion, parentSegment
