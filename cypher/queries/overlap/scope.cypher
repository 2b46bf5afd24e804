// The regions and the chain a regional-overlap question names (区域重合度的地区与产业链): each asked region code
// with its position in the request, its parent, every region above it (to tell nested regions apart) and an estimate
// of its firms (the LOCATED_IN degrees of the region and the regions under it: degree lookups, no firm is read);
// the chain when one is asked; the firms of the graph and the segments in scope (count store and degrees). The
// estimates let the API pick, per region, the cheaper way to find what it covers. A code without a region comes
// back with a null item.
// Parameters: $codes, region codes in the order asked; $chain, a chain id or null.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'
CALL () {
  UNWIND range(0, size($codes) - 1) AS i
  OPTIONAL MATCH (r:Region {code: $codes[i]})
  OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
  RETURN collect({index: i, code: $codes[i],
                  item: CASE WHEN r IS NULL THEN null
                        ELSE r {.*, parentCode: p.code, ancestors: [(r)-[:PART_OF*1..3]->(a:Region) | a.code],
                                firms: reduce(n = 0, d IN [(r)<-[:PART_OF*0..3]-(x:Region) | COUNT { (x)<-[:LOCATED_IN]-() }] | n + d)}
                        END}) AS regions
}
CALL () {
  MATCH (e:Enterprise) RETURN count(e) AS firms
}
CALL () {
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  RETURN sum(COUNT { (c)<-[:IN_CHAIN]-() }) AS segments
}
OPTIONAL MATCH (c:Chain {id: $chain})
RETURN regions, firms, segments, c {.*} AS chain
