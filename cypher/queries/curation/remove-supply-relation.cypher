// Curation: removes the relation of one enterprise supplying another (删除企业供货关系) and returns what it held, for
// the audit entry; no row when there is no such relation.
// Parameters: $supplier (id), $customer (id).
// Example:    :param supplier => '600362-sh'
//             :param customer => 'demo-yt-copperrod-01'
MATCH (:Enterprise {id: $supplier})-[r:SUPPLIES_TO]->(c:Enterprise {id: $customer})
WITH r, r {.*, customer: c.id} AS removed
DELETE r
RETURN removed
