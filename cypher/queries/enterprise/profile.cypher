// One enterprise with the parts of its profile a request asks for, in one statement (企业画像，一次查询): its region,
// its segments (with their chains), designations (with chain and region), customers and suppliers. Each part is
// computed only when its flag is true, and each item is the same projection as the batch query of that field
// (enterprise/by-keys, region/by-codes, enterprise/segments, chain/by-keys, enterprise/designations,
// enterprise/partner-pages), so both paths give the same answer.
// Parameters: $key, an enterprise id; $region, $segments, $designations, $customers, $suppliers, booleans;
//             $customersAfter, $suppliersAfter, the cursor key of each page or null; $customersLimit,
//             $suppliersLimit, how many of each at most.
// Example:    :param key => '600362-sh'
//             :param region => true
//             :param segments => true
//             :param designations => true
//             :param customers => true
//             :param suppliers => true
//             :param customersAfter => null  :param suppliersAfter => null
//             :param customersLimit => 21  :param suppliersLimit => 21
MATCH (e:Enterprise {id: $key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
CALL (r) {
  OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region) WHERE $region
  RETURN CASE WHEN $region AND r IS NOT NULL THEN r {.*, parentCode: rp.code} END AS region
}
CALL (e) {
  MATCH (e)-[:OPERATES_IN]->(s:Segment) WHERE $segments
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  OPTIONAL MATCH (c:Chain {id: s.chainId})
  WITH s, p, c ORDER BY s.id
  RETURN collect({item: s {.*, parentId: p.id}, chain: c {.*}}) AS segments
}
CALL (e) {
  MATCH (e)-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c:Chain) WHERE $designations
  MATCH (d)-[:IN_REGION]->(dr:Region)
  OPTIONAL MATCH (dr)-[:PART_OF]->(drp:Region)
  WITH d, c, dr, drp ORDER BY d.id
  RETURN collect({item: d {.*, enterpriseId: e.id, chainId: c.id, regionCode: dr.code}, chain: c {.*},
                  region: dr {.*, parentCode: drp.code}}) AS designations
}
// Customers and suppliers: the page each connection asks for (as enterprise/partner-pages: key order, total counted
// before the cursor applies).
CALL (e) {
  MATCH (e)-[:SUPPLIES_TO]->(o:Enterprise) WHERE $customers
  WITH DISTINCT o ORDER BY o.id
  WITH collect(o) AS partners
  RETURN size(partners) AS customersTotal,
         [o IN partners WHERE $customersAfter IS NULL OR o.id > $customersAfter][..$customersLimit] AS customerPage
}
CALL (e) {
  MATCH (e)<-[:SUPPLIES_TO]-(o:Enterprise) WHERE $suppliers
  WITH DISTINCT o ORDER BY o.id
  WITH collect(o) AS partners
  RETURN size(partners) AS suppliersTotal,
         [o IN partners WHERE $suppliersAfter IS NULL OR o.id > $suppliersAfter][..$suppliersLimit] AS supplierPage
}
RETURN e {.*, regionCode: r.code} AS enterprise, region, segments, designations,
       customersTotal, [o IN customerPage | o {.*, regionCode: head([(o)-[:LOCATED_IN]->(pr:Region) | pr.code])}] AS customers,
       suppliersTotal, [o IN supplierPage | o {.*, regionCode: head([(o)-[:LOCATED_IN]->(pr:Region) | pr.code])}] AS suppliers
