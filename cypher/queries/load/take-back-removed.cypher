// What a load wrote back of what curation removed while it ran (撤回加载期间被重新写入的已删除数据). The load reads
// the removals from the audit trail when it begins; one a curator committed after that read and before the load
// wrote its row found nothing to keep out, and the load wrote it again. Run before the load's commit, on the removals
// recorded since the first read that the data set lists: it deletes the firm, designation or link again where the
// load alone holds it ($dataset its only data set; for the ChainKnowledgeGraph import, $dataset null: no data set
// and a 'chainkg:' source. One linked or created again through the API since stays), a firm's or designation's links
// with it (all the load's: curation had deleted them with it). A removal committing after this statement waits for
// the load's commit: it takes the firm's lock first (curation/lock), which the load holds on each firm it wrote.
// Parameters: $things, a list of {id, type (Enterprise, Designation, OPERATES_IN, MAKES, SUPPLIES_TO), from, to};
//             $dataset, the id of the data set being loaded; null for the ChainKnowledgeGraph import.
// Returns:    for each thing, whether the load had written it back (and this deleted it) and counts it, whether it is
//             gone now (false: something else holds it, a removal undone since), and the types of the links that went
//             with a firm or designation, one per link. A link of a firm taken back here too goes with the firm and is
//             counted there only (written false, gone true): a firm and its segment link removed during one load are
//             one firm and one link left out, not two links.
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
WITH thing, link, node, coalesce(node, link) AS written
WITH thing, link, node,
     written IS NOT NULL AND CASE WHEN $dataset IS NULL
                                  THEN written.datasets IS NULL AND coalesce(written.source STARTS WITH 'chainkg:', false)
                                  ELSE coalesce(written.datasets = [$dataset], false) END AS writtenBack
// Every thing is matched before anything is deleted, and the firms taken back are known to their links' rows.
WITH collect({thing: thing, link: link, node: node, writtenBack: writtenBack}) AS rows
WITH rows, [row IN rows WHERE row.writtenBack AND row.thing.type = 'Enterprise' | row.thing.from] AS firms
UNWIND rows AS row
WITH row.thing AS thing, row.link AS link, row.node AS node, row.writtenBack AS writtenBack,
     row.node IS NULL AND (row.thing.from IN firms OR row.thing.type = 'SUPPLIES_TO' AND row.thing.to IN firms)
       AS withFirm
WITH thing, link, node, writtenBack, withFirm,
     CASE WHEN writtenBack AND node IS NOT NULL
          THEN COLLECT { MATCH (node)-[r]-() WITH DISTINCT r RETURN type(r) } ELSE [] END AS links
FOREACH (x IN CASE WHEN writtenBack AND node IS NULL AND NOT withFirm THEN [link] ELSE [] END | DELETE x)
FOREACH (x IN CASE WHEN writtenBack AND node IS NOT NULL THEN [node] ELSE [] END | DETACH DELETE x)
RETURN thing.id AS id, writtenBack AND NOT withFirm AS writtenBack,
       writtenBack OR (node IS NULL AND link IS NULL) AS gone, links
