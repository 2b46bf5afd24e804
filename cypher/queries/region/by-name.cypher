// A region by name or full name; provinces first when several share a name (按名称查地区).
// Parameters: $name.
// Example:    :param name => '南昌市'
MATCH (r:Region)
WHERE r.name = $name OR r.fullName = $name
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
RETURN r {.*, parentCode: p.code} AS item
ORDER BY CASE r.level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END, r.code
LIMIT 1
