// Benchmark baseline (direct Cypher): one enterprise with region, segments and their chains, designations,
// customers and suppliers (基准测试：企业画像).
// Parameters: $key, an enterprise id.
// Example:    :param key => '600362-sh'
MATCH (e:Enterprise {id: $key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
CALL (e) {
  OPTIONAL MATCH (e)-[:OPERATES_IN]->(s:Segment)-[:IN_CHAIN]->(c:Chain)
  RETURN collect({segment: s.name, chain: c.name}) AS segments
}
CALL (e) {
  OPTIONAL MATCH (e)-[:HOLDS]->(d:Designation)
  RETURN collect(d.label) AS designations
}
CALL (e) {
  OPTIONAL MATCH (e)-[:SUPPLIES_TO]-(other:Enterprise)
  RETURN collect(other.name) AS partners
}
RETURN e.name AS name, e.tags AS tags, r.fullName AS region, segments, designations, partners
