// The regions and the chain a regional-overlap question names (区域重合度的地区与产业链): each asked region code
// with its position in the request, its parent and every region above it (to tell nested regions apart); the chain
// when one is asked. A code without a region comes back with a null item.
// Parameters: $codes, region codes in the order asked; $chain, a chain id or null.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'
CALL () {
  UNWIND range(0, size($codes) - 1) AS i
  OPTIONAL MATCH (r:Region {code: $codes[i]})
  OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
  RETURN collect({index: i, code: $codes[i],
                  item: CASE WHEN r IS NULL THEN null
                        ELSE r {.*, parentCode: p.code, ancestors: [(r)-[:PART_OF*1..3]->(a:Region) | a.code]}
                        END}) AS regions
}
OPTIONAL MATCH (c:Chain {id: $chain})
RETURN regions, c {.*} AS chain
