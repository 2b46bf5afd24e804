// The segments a name may mean (按名称或别名查环节), at most ten: those with this name, else those with it as an alias.
// For a filter that names a segment by name (铜箔). More than one (a name two chains use) is refused by the API
// (Names) rather than one picked; `matches` says how many there are.
// Parameters: $name.
// Example:    :param name => '电解铜箔'
MATCH (s:Segment)
WHERE s.name = $name OR $name IN coalesce(s.aliases, [])
WITH s, CASE WHEN s.name = $name THEN 0 ELSE 1 END AS match
ORDER BY match, s.id
WITH collect({segment: s, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.segment] AS best
UNWIND best[..10] AS s
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
RETURN s {.*, parentId: p.id} AS item, size(best) AS matches
