// --prune: removes a data set from the nodes of one label it no longer lists, and deletes those no data set lists
// any more (清理数据集中已删除的节点). Only nodes whose datasets list names $dataset are touched.
// Parameters: $label, $keyProperty, $keep (the keys the data set lists now), $dataset.
// Example:    :param label => 'Enterprise'
//             :param keyProperty => 'id'
//             :param keep => ['600362-sh']
//             :param dataset => 'example'
MATCH (n:$($label))
WHERE $dataset IN coalesce(n.datasets, []) AND NOT n[$keyProperty] IN $keep
SET n.datasets = [d IN n.datasets WHERE d <> $dataset]
WITH n, size(n.datasets) = 0 AS orphan
CALL (n, orphan) {
  WITH n WHERE orphan
  DETACH DELETE n
}
RETURN count(*) AS pruned
