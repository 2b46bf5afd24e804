// --prune: removes a data set from the relationships of one type (between two labels) it no longer lists, and
// deletes those no data set lists any more and the ChainKnowledgeGraph import does not state (清理数据集中已删除的关系);
// with $apply false it only says what it would do (the dry run's preview, in a read transaction). Only relationships
// whose datasets list names $dataset are touched. A link that is its start node's own ($ofStart: a firm's one region)
// stays while that node does: a firm another data set or the curation API still lists keeps its region, handed to
// them, rather than staying without one (prune-nodes runs after this and keeps the firm).
// Parameters: $type, $fromLabel, $fromKey, $toLabel, $toKey, $keep (the to keys the data set lists, by from key:
//             {from: [to, …]}, a map so that each link costs one lookup, not a scan of every pair), $dataset,
//             $apply (write or only count), $sample (how many of the deleted relationships to name), $ofStart.
// Returns:    deleted, kept (let go by the data set but listed or stated elsewhere), sample (the first $sample
//             deleted: {from, to}, the end nodes' keys).
// Example:    :param type => 'OPERATES_IN'
//             :param fromLabel => 'Enterprise'
//             :param fromKey => 'id'
//             :param toLabel => 'Segment'
//             :param toKey => 'id'
//             :param keep => {`600362-sh`: ['jx-copper/smelting']}
//             :param dataset => 'example'
//             :param apply => false
//             :param sample => 5
//             :param ofStart => false
MATCH (a:$($fromLabel))-[r:$($type)]->(b:$($toLabel))
WHERE $dataset IN coalesce(r.datasets, []) AND NOT b[$toKey] IN coalesce($keep[toString(a[$fromKey])], [])
WITH a, b, r, [d IN r.datasets WHERE d <> $dataset] AS others
WITH a, b, r, CASE WHEN $ofStart AND size(others) = 0 THEN [d IN coalesce(a.datasets, []) WHERE d <> $dataset]
                   ELSE others END AS others
WITH a, b, r, others, size(others) = 0 AND r.chainkgSource IS NULL AS gone
CALL (r, others, gone) {
  WITH r, others WHERE $apply AND NOT gone
  SET r.datasets = others
  // A link the ChainKnowledgeGraph import states too stays, with that import as its source (see prune-nodes).
  FOREACH (_ IN CASE WHEN size(others) = 0 THEN [1] ELSE [] END |
    SET r.source = r.chainkgSource, r.chainkgSource = null, r.quote = null, r.illustrative = null)
}
WITH a, b, r, gone
ORDER BY a[$fromKey], b[$toKey]
WITH collect(CASE WHEN gone THEN r END) AS gone,
     collect(CASE WHEN gone THEN {from: a[$fromKey], to: b[$toKey]} END) AS ends, count(r) AS letGo
CALL (gone) {
  WITH gone WHERE $apply
  UNWIND gone AS r
  DELETE r
}
RETURN size(gone) AS deleted, letGo - size(gone) AS kept, ends[..$sample] AS sample
