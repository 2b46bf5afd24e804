// The regions, the chain and who covers what, for a regional-overlap question (区域重合度：地区、产业链与环节覆盖),
// in one statement:
// - regions: each asked region code with its position in the request, its parent and every region above it (to
//   tell nested regions apart); a code without a region comes back with a null item;
// - chain: the chain $chain, null when not asked or not found;
// - version: the loaded data sets and their checksums ((:DataSet) records), which change whenever a load changes
//   the graph's chains and segments;
// - segments: every segment of the chain $chain (of every chain when null) as a light row [id, parent id, chain id,
//   order, name], enough for the tree order and the usual page row; the API loads a segment's other properties
//   only for the page rows that show them. Null when $version equals version: the caller still holds the rows it
//   read with that version (they are the same for every request, 1,254 rows on the synthetic graph);
// - covered: for each asked region, the ids of the segments where it has at least one firm — located in the region
//   or its sub-regions (PART_OF, up to three levels), operating in the segment or below it. Read from the stored
//   counts (FIRM_COUNT, see firmcount/refresh) on the region's side: one relationship per segment it covers.
// Lists, not a row per segment: 1,254 segments on the synthetic graph travel faster as one row.
// Parameters: $codes, region codes in the order asked; $chain, a chain id or null for all chains; $version, the
//             version of the segment rows the caller holds for that chain, or null.
// Example:    :param codes => ['36', '32']  :param chain => 'jx-auto'  :param version => null
CALL () {
  UNWIND range(0, size($codes) - 1) AS i
  OPTIONAL MATCH (r:Region {code: $codes[i]})
  OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
  RETURN collect({index: i, code: $codes[i],
                  item: CASE WHEN r IS NULL THEN null
                        ELSE r {.*, parentCode: p.code, ancestors: [(r)-[:PART_OF*1..3]->(a:Region) | a.code]}
                        END}) AS regions
}
CALL () {
  OPTIONAL MATCH (c:Chain {id: $chain})
  RETURN c {.*} AS chain
}
CALL () {
  OPTIONAL MATCH (d:DataSet)
  WITH d ORDER BY d.id
  RETURN reduce(v = '', x IN collect(d.id + '@' + coalesce(d.checksum, '')) | v + x + ';') AS version
}
CALL (version) {
  WITH version WHERE $version IS NULL OR $version <> version
  MATCH (c:Chain) WHERE $chain IS NULL OR c.id = $chain
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN collect([s.id, p.id, c.id, s.order, s.name]) AS rows
}
CALL () {
  UNWIND $codes AS code
  OPTIONAL MATCH (:Region {code: code})<-[:FIRM_COUNT]-(s:Segment)
  WHERE $chain IS NULL OR s.chainId = $chain
  WITH code, collect(s.id) AS keys
  RETURN collect({code: code, keys: keys}) AS covered
}
RETURN regions, chain, version, CASE WHEN $version = version THEN null ELSE rows END AS segments, covered
