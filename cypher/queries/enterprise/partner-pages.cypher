// A page of customers (the firms it supplies, 下游客户) or suppliers (the firms that supply it, 上游供应商) for each
// of many enterprises at once, in key order: the Enterprise.customers and Enterprise.suppliers connections, one
// statement for every parent of a GraphQL field (both fields together when they ask for the same page). A 链主 can
// have thousands of partners, hence pages.
// Parameters: $parents, a list of {key, customers}: an enterprise key and true for its customers, false for its
//             suppliers; $afterKey, the key of the last firm of the previous page, or null; $limit.
// Example:    :param parents => [{key: '600362-sh', customers: true}, {key: '600362-sh', customers: false}]
//             :param afterKey => null  :param limit => 21
UNWIND $parents AS parent
MATCH (e:Enterprise {id: parent.key})
CALL (parent, e) {
  CALL (parent, e) {
    WITH parent, e WHERE parent.customers
    MATCH (e)-[:SUPPLIES_TO]->(o:Enterprise)
    RETURN o
    UNION
    WITH parent, e WHERE NOT parent.customers
    MATCH (e)<-[:SUPPLIES_TO]-(o:Enterprise)
    RETURN o
  }
  WITH o ORDER BY o.id
  // The total counts every partner; the cursor applies after it.
  WITH collect(o) AS partners
  RETURN size(partners) AS total, [o IN partners WHERE $afterKey IS NULL OR o.id > $afterKey][..$limit] AS page
}
RETURN parent.key AS key, parent.customers AS customers, total,
       [o IN page | o {.*, regionCode: head([(o)-[:LOCATED_IN]->(pr:Region) | pr.code])}] AS items
