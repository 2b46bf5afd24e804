// Curation: an enterprise as the audit trail records it before and after a change, with its region, segments (and
// role: 'jx-nonferrous/copper-foil (主营)'), products (and weight), customers (and product) and tags (企业快照，用于
// 审计记录), and the data sets listing it, for the change's answer (the audit entry leaves them out:
// Curation.audited); a row per firm that exists, with its key: one for a change, a page's for their `revision`.
// Parameters: $keys, the enterprises' ids.
// Example:    :param keys => ['600362-sh']
UNWIND $keys AS key
MATCH (e:Enterprise {id: key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN key, e {.*, nameKey: null, regionCode: r.code,
          // Each link with what it says besides its end (a role, a weight, a product): an entry that changed a role
          // read before = after.
          segments: COLLECT { MATCH (e)-[o:OPERATES_IN]->(s:Segment)
                              RETURN s.id + coalesce(' (' + o.role + ')', '') AS link ORDER BY link },
          products: COLLECT { MATCH (e)-[m:MAKES]->(p:Product)
                              RETURN p.name + coalesce(' (' + toString(m.weight) + ')', '') AS link ORDER BY link },
          customers: COLLECT { MATCH (e)-[t:SUPPLIES_TO]->(c:Enterprise)
                               RETURN c.id + coalesce(' (' + t.product + ')', '') AS link ORDER BY link }} AS item
