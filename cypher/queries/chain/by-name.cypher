// The chains a name may mean (按名称或别名查产业链), at most ten: those with this name, else those with it as an alias,
// else those whose name or alias is the name with or without 产业链, 产业 or 业 at its end, as documents write a chain
// (稀土 and 稀土产业 for 稀土产业链, 钨产业 for 钨产业链, 有色金属产业 and 装备制造业 for 有色金属 and 装备制造; 业 alone
// only with two characters left, so that 农业 stays 农业).
// More than one chain of the best kind means the name is ambiguous, which the API (Names) refuses rather than pick
// one; `matches` says how many there are. Latin letters match in either case, as typed (vr, led for VR, LED): a chain
// has no two names that differ only in case, and the chains are few enough to read them all.
// Parameters: $name.
// Example:    :param name => '有色金属'
MATCH (c:Chain)
WITH c, toLower($name) AS folded, [n IN [c.name] + coalesce(c.aliases, []) | toLower(n)] AS names
WITH c, folded, names,
     [n IN [folded] + names | CASE
       WHEN n ENDS WITH '产业链' AND size(n) >= 4 THEN left(n, size(n) - 3)
       WHEN n ENDS WITH '产业' AND size(n) >= 3 THEN left(n, size(n) - 2)
       WHEN n ENDS WITH '业' AND size(n) >= 3 THEN left(n, size(n) - 1)
       ELSE n END] AS cores
WITH c, CASE WHEN names[0] = folded THEN 0 WHEN folded IN names THEN 1 WHEN cores[0] IN cores[1..] THEN 2 END AS match
WHERE match IS NOT NULL
ORDER BY match, c.id
WITH collect({chain: c, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.chain] AS best
UNWIND best[..10] AS c
RETURN c {.*} AS item, size(best) AS matches
