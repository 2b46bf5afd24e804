// A page of firms in key order with their name and stored name order key (按主键分页读取企业名称及排序键), for
// migrations V0009 and V0011: the key's unique index gives the order, so every page is a seek, not a scan.
// Parameters: $after (the last key of the previous page, '' for the first), $limit.
// Example:    :param after => ''
//             :param limit => 10
MATCH (e:Enterprise)
WHERE e.id > $after
RETURN e.id AS key, e.name AS name, e.nameKey AS nameKey
ORDER BY e.id
LIMIT $limit
