// The firms a data set loaded before and no longer lists that have the name of a firm it lists now (同名企业：编号可能
// 已更正): an office that corrects a firm's id (a typo in its 统一社会信用代码) and loads without --prune leaves the
// old firm beside the new one, counted twice in every gap table. The loader names both ids in its summary.
// Parameters: $dataset, the data set's id; $keep, the firm ids it lists now; $names, {name: id} of the firms it lists
//             now; $sample, how many to name.
// Returns:    count (such firms), sample (the first $sample by id: {stale, name, listed}).
// Example:    :param dataset => 'example'
//             :param keep => ['test-c2']
//             :param names => {`示例·丙电子有限公司`: 'test-c2'}
//             :param sample => 5
MATCH (n:Enterprise)
WHERE $dataset IN coalesce(n.datasets, []) AND NOT n.id IN $keep AND $names[n.name] IS NOT NULL
WITH n
ORDER BY n.id
WITH collect({stale: n.id, name: n.name, listed: $names[n.name]}) AS found
RETURN size(found) AS count, found[..$sample] AS sample
