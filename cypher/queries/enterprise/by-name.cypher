// The firms a name may mean (按名称或别名查企业), at most ten ids: those named so, else those with it as an alias.
// For the hint the curation API gives when a firm's name is written where its id belongs, as the loader's does.
// Through the full-text index name_search (a phrase query, so only names holding the whole text), not a scan of
// every firm: firm names have no other index (V0007, V0008). Then the exact comparison.
// Parameters: $name; $query, the name as a Lucene phrase query, special characters escaped.
// Example:    :param name => '江西铜业股份有限公司'  :param query => '"江西铜业股份有限公司"'
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: 100}) YIELD node
WITH node WHERE node:Enterprise AND (node.name = $name OR $name IN coalesce(node.aliases, []))
WITH node.id AS id, CASE WHEN node.name = $name THEN 0 ELSE 1 END AS match
ORDER BY match, id
WITH collect({id: id, match: match}) AS found
RETURN [f IN found WHERE f.match = found[0].match | f.id][..10] AS ids
