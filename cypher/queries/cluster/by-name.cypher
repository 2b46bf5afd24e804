// The clusters a name may mean (按名称或别名查产业集群), at most ten: those with this name, else those with it as an
// alias. More than one is refused by the API (Names); `matches` says how many there are.
// Parameters: $name.
// Example:    :param name => '南昌航空城'
MATCH (c:Cluster)
WHERE c.name = $name OR $name IN coalesce(c.aliases, [])
WITH c, CASE WHEN c.name = $name THEN 0 ELSE 1 END AS match
ORDER BY match, c.id
WITH collect({cluster: c, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.cluster] AS best
UNWIND best[..10] AS c
RETURN c {.*} AS item, size(best) AS matches
