// Benchmark baseline (direct Cypher): one enterprise with region, segments and their chains, designations, the
// first 20 customers and suppliers by key with their totals (基准测试：企业画像).
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
  OPTIONAL MATCH (e)-[:SUPPLIES_TO]->(o:Enterprise)
  WITH o ORDER BY o.id
  RETURN count(o) AS customerCount, collect(o.name)[..20] AS customers
}
CALL (e) {
  OPTIONAL MATCH (e)<-[:SUPPLIES_TO]-(o:Enterprise)
  WITH o ORDER BY o.id
  RETURN count(o) AS supplierCount, collect(o.name)[..20] AS suppliers
}
RETURN e.name AS name, e.tags AS tags, r.fullName AS region, segments, designations, customerCount, customers,
       supplierCount, suppliers
