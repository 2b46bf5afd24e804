// The chains a name may mean (按名称或别名查产业链), at most ten: those with this name, else those with it as an alias.
// More than one means the name is ambiguous, which the API (Names) refuses rather than pick one; `matches` says how
// many there are.
// Parameters: $name.
// Example:    :param name => '有色金属'
MATCH (c:Chain)
WHERE c.name = $name OR $name IN coalesce(c.aliases, [])
WITH c, CASE WHEN c.name = $name THEN 0 ELSE 1 END AS match
ORDER BY match, c.id
WITH collect({chain: c, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.chain] AS best
UNWIND best[..10] AS c
RETURN c {.*} AS item, size(best) AS matches
