// --prune: removes a data set from the nodes of one label it no longer lists, and deletes those no data set lists
// any more and the ChainKnowledgeGraph import does not state (清理数据集中已删除的节点). Only nodes whose datasets list
// names $dataset are touched.
// Parameters: $label, $keyProperty, $keep (the keys the data set lists now), $dataset.
// Example:    :param label => 'Enterprise'
//             :param keyProperty => 'id'
//             :param keep => ['600362-sh']
//             :param dataset => 'example'
MATCH (n:$($label))
WHERE $dataset IN coalesce(n.datasets, []) AND NOT n[$keyProperty] IN $keep
SET n.datasets = [d IN n.datasets WHERE d <> $dataset]
WITH n, size(n.datasets) = 0 AS unlisted, n.chainkgSource IS NOT NULL AS stated
// What the ChainKnowledgeGraph import states too (chainkgSource) stays, with that import as its source, as if it
// alone had written it: deleting it would take the import's links with it.
CALL (n, unlisted, stated) {
  WITH n WHERE unlisted AND stated
  SET n.source = n.chainkgSource, n.chainkgSource = null, n.quote = null, n.illustrative = null
}
CALL (n, unlisted, stated) {
  WITH n WHERE unlisted AND NOT stated
  DETACH DELETE n
}
RETURN count(*) AS pruned
