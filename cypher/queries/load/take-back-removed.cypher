// What a load wrote back of what curation removed while it ran (撤回加载期间被重新写入的已删除数据). The load reads
// the removals from the audit trail when it begins; one a curator committed after that read and before the load
// wrote its row found nothing to keep out, and the load wrote it again. Run before the load's commit, on the removals
// recorded since the first read that the data set lists: it deletes the firm, designation or link again where the
// load alone holds it ($dataset its only data set: one linked or created again through the API since stays), a firm's
// or designation's links with it (all the load's: curation had deleted them with it). A removal committing after
// this statement waits for the load's commit: it takes the firm's lock first (curation/lock), which the load holds
// on each firm it wrote.
// Parameters: $things, a list of {id, type (Enterprise, Designation, OPERATES_IN, MAKES, SUPPLIES_TO), from, to};
//             $dataset, the id of the data set being loaded.
// Returns:    for each thing, whether the load had written it back (and this deleted it), whether it is gone now
//             (false: something else holds it, a removal undone since), and the types of the links that went with a
//             firm or designation, one per link.
// Example:    :param things => [{id: 0, type: 'OPERATES_IN', from: 'demo-gz-magnet-01', to: 'jx-rare-earth/magnet'}]
//             :param dataset => 'demo'
UNWIND $things AS thing
OPTIONAL MATCH (e:Enterprise {id: thing.from})
OPTIONAL MATCH (d:Designation {id: thing.from}) WHERE thing.type = 'Designation'
OPTIONAL MATCH (e)-[link]->(end)
  WHERE type(link) = thing.type
    AND CASE thing.type
          WHEN 'OPERATES_IN' THEN end:Segment AND end.id = thing.to
          WHEN 'MAKES' THEN end:Product AND end.name = thing.to
          WHEN 'SUPPLIES_TO' THEN end:Enterprise AND end.id = thing.to
          ELSE false
        END
WITH thing, link, CASE thing.type WHEN 'Enterprise' THEN e WHEN 'Designation' THEN d END AS node
WITH thing, link, node,
     node IS NOT NULL AND node.datasets = [$dataset] OR link IS NOT NULL AND link.datasets = [$dataset] AS writtenBack
WITH thing, link, node, writtenBack,
     CASE WHEN writtenBack AND node IS NOT NULL
          THEN COLLECT { MATCH (node)-[r]-() WITH DISTINCT r RETURN type(r) } ELSE [] END AS links
FOREACH (x IN CASE WHEN writtenBack AND node IS NULL THEN [link] ELSE [] END | DELETE x)
FOREACH (x IN CASE WHEN writtenBack AND node IS NOT NULL THEN [node] ELSE [] END | DETACH DELETE x)
RETURN thing.id AS id, writtenBack, writtenBack OR (node IS NULL AND link IS NULL) AS gone, links
