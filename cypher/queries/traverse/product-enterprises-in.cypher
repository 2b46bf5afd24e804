// Firms located in a region (or its sub-regions) that make any of the given products (区域内相关企业).
// Parameters: $keys, Product names; $region, a region code; $limit.
// Example:    :param keys => ['阴极铜']  :param region => '36'  :param limit => 50
MATCH (target:Region {code: $region})
UNWIND $keys AS key
MATCH (:Product {name: key})<-[:MAKES]-(e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(target)
WITH DISTINCT e
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
ORDER BY e.id
LIMIT $limit
