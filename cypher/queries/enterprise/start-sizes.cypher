// How many firms each part of a filter starts from, at most (筛选条件涉及的企业数上限), from degree counts: no firm is
// read. FirmListPlan weighs them to choose between starting from the smallest (enterprise/page, pages-by-parent) and
// walking the firms in order while testing the filter (enterprise/page-by-name, page-by-key, parent-walks-by-name,
// parent-walks-by-key): a region that holds a third of all firms pages faster along the index. Upper bounds: a
// region's count includes the clusters located there, a chain's and a segment's (with its sub-segments) count a firm
// once per segment of it. 0 for a condition that is null or names nothing. One row per parent: the lists nested under regions and segments add
// their parent's own region and segment (the top-level list passes one parent with neither).
// Parameters: $segment, $region, $cluster, $chain (the filter's, each null for no condition); $parents, a list of
//             {key, region, segment}.
// Example:    :param segment => null  :param region => null  :param cluster => null  :param chain => 'jx-nonferrous'
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
UNWIND $parents AS parent
CALL (parent) {
  OPTIONAL MATCH (:Region {code: parent.region})<-[:PART_OF*0..3]-(r:Region)
  RETURN sum(COUNT { (r)<-[:LOCATED_IN]-() }) AS parentRegion
}
CALL (parent) {
  OPTIONAL MATCH (s:Segment {id: parent.segment})
  RETURN COUNT { (s)<-[:OPERATES_IN]-() } AS parentSegment
}
RETURN parent.key AS key, firms, segment, region, cluster, chain, parentRegion, parentSegment
