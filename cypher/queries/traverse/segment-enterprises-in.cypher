// Firms located in a region (or its sub-regions) that operate in any of the given segments (区域内相关企业).
// Parameters: $keys, Segment ids; $region, a region code; $limit.
// Example:    :param keys => ['jx-nonferrous/copper-foil']  :param region => '36'  :param limit => 50
MATCH (target:Region {code: $region})
UNWIND $keys AS key
MATCH (:Segment {id: key})<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(target)
WITH DISTINCT e
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
ORDER BY e.id
LIMIT $limit
