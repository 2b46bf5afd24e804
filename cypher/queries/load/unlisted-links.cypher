// Without --prune: the links of one type a data set loaded before and no longer lists between things it still lists
// (数据集不再列出的关系): a firm moved to another segment in enterprise-segments.csv also stays in the old one, counted
// there in every gap table, until a --prune. The loader says how many, with the first few; a link to or from a
// thing the data set no longer lists goes with that thing and is counted there (prune-nodes). Nothing is written.
// Firms are looked up by id, the links of the firms the data set lists, so a reload costs what the data set holds,
// not the graph: each relationship type of the 1,000,000-firm graph is a scan of 5-7 s (prune-relationships); a
// start label other than Enterprise is a small one (segments, regions, designations …), scanned.
// Parameters: $type, $fromLabel, $fromKey, $toLabel, $toKey; $from, the start keys the data set lists now; $keep, the
//             end keys it lists by start key ({from: [to, …]}); $ends, the end label's keys it lists now; $dataset;
//             $sample, how many to name.
// Returns:    count (such links), elsewhere (of them, those another data set or the ChainKnowledgeGraph import lists
//             too, which --prune keeps), sample (the first $sample: {from, to}, the end nodes' keys).
// Example:    :param type => 'OPERATES_IN'
//             :param fromLabel => 'Enterprise'
//             :param fromKey => 'id'
//             :param toLabel => 'Segment'
//             :param toKey => 'id'
//             :param from => ['600362-sh']
//             :param keep => {`600362-sh`: ['jx-copper/smelting']}
//             :param ends => ['jx-copper/smelting', 'jx-copper/refining']
//             :param dataset => 'example'
//             :param sample => 5
CALL () {
  // A firm by its unique id: the planner cannot seek a node by a dynamic label.
  WITH * WHERE $fromLabel = 'Enterprise'
  UNWIND $from AS key
  MATCH (a:Enterprise {id: key})-[r:$($type)]->(b:$($toLabel))
  RETURN a, r, b
  UNION ALL
  WITH * WHERE $fromLabel <> 'Enterprise'
  MATCH (a:$($fromLabel))-[r:$($type)]->(b:$($toLabel))
  WHERE a[$fromKey] IN $from
  RETURN a, r, b
}
WITH a, r, b
WHERE $dataset IN coalesce(r.datasets, []) AND NOT b[$toKey] IN coalesce($keep[toString(a[$fromKey])], [])
  AND NOT ($dataset IN coalesce(b.datasets, []) AND NOT b[$toKey] IN $ends)
WITH a, b, r, size([d IN r.datasets WHERE d <> $dataset]) > 0 OR r.chainkgSource IS NOT NULL AS elsewhere
ORDER BY a[$fromKey], b[$toKey]
WITH count(r) AS count, count(CASE WHEN elsewhere THEN 1 END) AS elsewhere,
     collect({from: a[$fromKey], to: b[$toKey]}) AS found
RETURN count, elsewhere, found[..$sample] AS sample
