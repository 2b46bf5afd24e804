// The chains a name may mean (按名称或别名查产业链), at most ten: those with this name, else those with it as an alias.
// More than one means the name is ambiguous, which the API (Names) refuses rather than pick one; `matches` says how
// many there are. Latin letters match in either case, as typed (vr, led for VR, LED): a chain has no two names that
// differ only in case, and the chains are few enough to read them all.
// Parameters: $name.
// Example:    :param name => '有色金属'
MATCH (c:Chain)
WITH c, toLower($name) AS folded
WHERE toLower(c.name) = folded OR folded IN [a IN coalesce(c.aliases, []) | toLower(a)]
WITH c, CASE WHEN toLower(c.name) = folded THEN 0 ELSE 1 END AS match
ORDER BY match, c.id
WITH collect({chain: c, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.chain] AS best
UNWIND best[..10] AS c
RETURN c {.*} AS item, size(best) AS matches
