// --prune: removes a data set from the relationships of one type (between two labels) it no longer lists, and
// deletes those no data set lists any more and the ChainKnowledgeGraph import does not state (清理数据集中已删除的关系).
// Only relationships whose datasets list names $dataset are touched.
// Parameters: $type, $fromLabel, $fromKey, $toLabel, $toKey, $keep (a list of [from key, to key] pairs), $dataset.
// Example:    :param type => 'OPERATES_IN'
//             :param fromLabel => 'Enterprise'
//             :param fromKey => 'id'
//             :param toLabel => 'Segment'
//             :param toKey => 'id'
//             :param keep => [['600362-sh', 'jx-copper/smelting']]
//             :param dataset => 'example'
MATCH (a:$($fromLabel))-[r:$($type)]->(b:$($toLabel))
WHERE $dataset IN coalesce(r.datasets, []) AND NOT [a[$fromKey], b[$toKey]] IN $keep
SET r.datasets = [d IN r.datasets WHERE d <> $dataset]
WITH r, size(r.datasets) = 0 AS unlisted, r.chainkgSource IS NOT NULL AS stated
// A link the ChainKnowledgeGraph import states too stays, with that import as its source (see prune-nodes).
CALL (r, unlisted, stated) {
  WITH r WHERE unlisted AND stated
  SET r.source = r.chainkgSource, r.chainkgSource = null, r.quote = null, r.illustrative = null
}
CALL (r, unlisted, stated) {
  WITH r WHERE unlisted AND NOT stated
  DELETE r
}
RETURN count(*) AS pruned
