// How many firms each part of a filter starts from, at most (筛选条件涉及的企业数上限), from degree counts: no firm is
// read. EnterpriseController weighs them to choose between starting from the smallest (enterprise/page) and walking
// the firms in order while testing the filter (enterprise/page-by-name, page-by-key): a region that holds a third of
// all firms pages faster along the index. Upper bounds: a region's count includes the clusters located there, a
// chain's counts a firm once per segment of it. 0 for a condition that is null or names nothing.
// Parameters: $segment, $region, $cluster, $chain (each null for no condition).
// Example:    :param segment => null  :param region => '36'  :param cluster => null  :param chain => 'jx-nonferrous'
CALL () { MATCH (e:Enterprise) RETURN count(e) AS firms }
CALL () {
  OPTIONAL MATCH (s:Segment {id: $segment})
  RETURN COUNT { (s)<-[:OPERATES_IN]-() } AS segment
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
RETURN firms, segment, region, cluster, chain
