// Curation: an enterprise as the audit trail records it before and after a change, with its region, segments,
// products and tags (企业快照，用于审计记录), and the data sets listing it, for the change's answer (the audit entry
// leaves them out: Curation.audited). No row when there is no such firm.
// Parameters: $key, the enterprise's id.
// Example:    :param key => '600362-sh'
MATCH (e:Enterprise {id: $key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, nameKey: null, regionCode: r.code,
          segments: COLLECT { MATCH (e)-[:OPERATES_IN]->(s:Segment) RETURN s.id ORDER BY s.id },
          products: COLLECT { MATCH (e)-[:MAKES]->(p:Product) RETURN p.name ORDER BY p.name },
          customers: COLLECT { MATCH (e)-[:SUPPLIES_TO]->(c:Enterprise) RETURN c.id ORDER BY c.id }} AS item
