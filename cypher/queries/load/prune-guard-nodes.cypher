// --prune's guard: how many nodes of one label this data set loaded before, and how many of them it no longer lists
// (which --prune would delete or let go), read before the load writes anything. A file saved half-way or cut short
// by a sync holds only valid rows: the share is what tells it from an office's few deletions (清理前的删除比例检查).
// Parameters: $label, $keyProperty, $keep (the keys the data set lists now), $dataset, $sample (how many to name).
// Returns:    before (nodes whose datasets list names $dataset), removed (those not in $keep), sample (the first
//             $sample removed by key: {key, name}).
// Example:    :param label => 'Enterprise'
//             :param keyProperty => 'id'
//             :param keep => ['600362-sh']
//             :param dataset => 'example'
//             :param sample => 5
MATCH (n:$($label))
WHERE $dataset IN coalesce(n.datasets, [])
WITH n, NOT n[$keyProperty] IN $keep AS removed
ORDER BY n[$keyProperty]
RETURN count(n) AS before, count(CASE WHEN removed THEN 1 END) AS removed,
       collect(CASE WHEN removed THEN {key: n[$keyProperty], name: coalesce(n.name, n.title, n.text)} END)[..$sample]
         AS sample
