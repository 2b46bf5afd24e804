// Curation: removes an enterprise and every link it has (删除企业及其全部关联) and returns what they held, for the
// audit entry: its region, segments, products, industries and supply relations both ways, and the designations it
// holds (the caller refuses the removal, rolling it back, when there are any). No row when there is no such firm.
// Parameters: $enterprise (id).
// Example:    :param enterprise => 'demo-nc-newfirm-01'
MATCH (e:Enterprise {id: $enterprise})
WITH e, {
  located: COLLECT { MATCH (e)-[r:LOCATED_IN]->(g:Region) RETURN r {.*, region: g.code} },
  segments: COLLECT { MATCH (e)-[r:OPERATES_IN]->(s:Segment) RETURN r {.*, segment: s.id} ORDER BY s.id },
  products: COLLECT { MATCH (e)-[r:MAKES]->(p:Product) RETURN r {.*, product: p.name} ORDER BY p.name },
  industries: COLLECT { MATCH (e)-[r:IN_INDUSTRY]->(i:Industry) RETURN r {.*, industry: i.code} ORDER BY i.code },
  customers: COLLECT { MATCH (e)-[r:SUPPLIES_TO]->(c:Enterprise) RETURN r {.*, customer: c.id} ORDER BY c.id },
  suppliers: COLLECT { MATCH (e)<-[r:SUPPLIES_TO]-(c:Enterprise) RETURN r {.*, supplier: c.id} ORDER BY c.id }
} AS removed, COLLECT { MATCH (e)-[:HOLDS]->(d:Designation) RETURN d.id ORDER BY d.id } AS designations
DETACH DELETE e
RETURN removed, designations
