// --prune: removes a data set from the nodes of one label it no longer lists, and deletes those no data set lists
// any more and the ChainKnowledgeGraph import does not state (清理数据集中已删除的节点); with $apply false it only says
// what it would do (the dry run's preview, in a read transaction). Only nodes whose datasets list names $dataset are
// touched. The loader prunes relationships first (prune-relationships), so the links that go with a deleted node
// here are the ones another data set, the curation API or the import lists.
// Parameters: $label, $keyProperty, $keep (the keys the data set lists now), $dataset, $apply (write or only count),
//             $sample (how many of the deleted nodes to name).
// Returns:    deleted (nodes deleted), kept (nodes the data set let go that stay, listed or stated elsewhere),
//             sample (the first $sample deleted by key: {key, name}), links (the links deleted with them, by type:
//             [{type, count}]; derived firm counts aside, which the load recomputes), keptSample (the first $sample
//             that stay, by key: {key, name, by}, by the data sets, 'curation:api' or 'chainkg:import' that keep them:
//             a firm an analyst once tagged stays when the office's file drops it, and the office is told which).
// Example:    :param label => 'Enterprise'
//             :param keyProperty => 'id'
//             :param keep => ['600362-sh']
//             :param dataset => 'example'
//             :param apply => false
//             :param sample => 5
MATCH (n:$($label))
WHERE $dataset IN coalesce(n.datasets, []) AND NOT n[$keyProperty] IN $keep
WITH n, [d IN n.datasets WHERE d <> $dataset] AS others
WITH n, others, size(others) = 0 AND n.chainkgSource IS NULL AS gone,
     others + CASE WHEN n.chainkgSource IS NOT NULL THEN ['chainkg:import'] ELSE [] END AS by
CALL (n, others, gone) {
  WITH n, others WHERE $apply AND NOT gone
  SET n.datasets = others
  // What the ChainKnowledgeGraph import states too (chainkgSource) stays, with that import as its source, as if it
  // alone had written it: deleting it would take the import's links with it.
  FOREACH (_ IN CASE WHEN size(others) = 0 THEN [1] ELSE [] END |
    SET n.source = n.chainkgSource, n.chainkgSource = null, n.quote = null, n.illustrative = null)
}
WITH n, gone, by
ORDER BY n[$keyProperty]
WITH collect(CASE WHEN gone THEN n END) AS gone, count(n) AS letGo,
     collect(CASE WHEN NOT gone THEN {key: n[$keyProperty], name: coalesce(n.name, n.title, n.text), by: by} END)
       AS staying
CALL (gone) {
  UNWIND gone AS n
  MATCH (n)-[r]-()
  // Without $apply the relationship prune has not run: what it would delete is counted there, not here.
  WHERE coalesce(r.source, '') <> 'derived'
    AND NOT (r.chainkgSource IS NULL AND $dataset IN coalesce(r.datasets, [])
             AND size([d IN r.datasets WHERE d <> $dataset]) = 0)
  WITH DISTINCT r
  WITH type(r) AS type, count(r) AS count
  RETURN collect({type: type, count: count}) AS links
}
WITH gone, letGo, links, staying[..$sample] AS keptSample,
     [n IN gone[..$sample] | {key: n[$keyProperty], name: coalesce(n.name, n.title, n.text)}] AS sample
CALL (gone) {
  WITH gone WHERE $apply
  UNWIND gone AS n
  DETACH DELETE n
}
RETURN size(gone) AS deleted, letGo - size(gone) AS kept, sample, links, keptSample
