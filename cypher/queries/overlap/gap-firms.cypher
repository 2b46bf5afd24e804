// The firms of a region in a segment or its sub-segments, each once, a page by name (区域在环节上的企业): the
// firms a region offers for another region's gap (补链互补). One row per asked (segment, region) pair, so one
// statement serves every gap of a GraphQL request. It walks from the segment's subtree to its firms and keeps those
// located in the region, rather than from the region's (possibly hundreds of thousands of) firms.
// Parameters: $rows, a list of {segment, region} maps (segment id, region code); $afterName, $afterKey (the last
//             firm of the previous page, or null); $limit; $count (true to count all the firms too, else total is 0).
// Example:    :param rows => [{segment: 'js-biomed/generics', region: '32'}]  :param afterName => null
//             :param afterKey => null  :param limit => 5  :param count => true
UNWIND $rows AS row
MATCH (s:Segment {id: row.segment})
MATCH (r:Region {code: row.region})
CALL (s, r) {
  MATCH (s)<-[:SUB_SEGMENT_OF*0..]-(t:Segment)
  MATCH (t)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(x:Region)
  WHERE EXISTS { (x)-[:PART_OF*0..3]->(r) }
  WITH DISTINCT e
  RETURN collect(e) AS found
}
WITH row, found
CALL (found) {
  UNWIND found AS e
  WITH e
  WHERE $afterKey IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterKey)
  WITH e ORDER BY e.name, e.id LIMIT $limit
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(x:Region)
  RETURN collect(e {.*, regionCode: x.code}) AS firms
}
RETURN row.segment AS segment, row.region AS region, firms, CASE WHEN $count THEN size(found) ELSE 0 END AS total
