// The firms a name may mean (按名称或别名查企业), at most ten: those with this name, else this name with brackets in
// the other width or Latin letters in the other case (孚能科技（赣州）股份有限公司, ganfeng lithium), else those with it
// as an alias (赣锋锂业), as written, else so folded; else the name, then an alias, with the brackets left out and
// what they hold kept (孚能科技赣州股份有限公司 is 孚能科技(赣州)股份有限公司, and the other way round): registrations put
// the place or 集团 in brackets and people drop them. More than one of the best kind means the name is ambiguous,
// which the API (Names) refuses naming them rather than pick one; `matches` says how many there are. For
// enterprise(name:), the audit trail's entity filter and the curation API's hint for a firm's name where its id
// belongs (EnterpriseNames).
// Firm names have no index but the full-text one (V0007, V0008): the name as a phrase there (cjk pairs, lower case,
// full width folded), at most 100 nodes holding it, then the comparison on those alone. A miss costs the one index
// read (a few ms on 1,000,000 firms); `MATCH (e:Enterprise) WHERE e.name = $name` would read every firm (0.2 s).
// The index pairs no characters across a bracket, so a name with its brackets dropped or added is no phrase of the
// firm's: for that EnterpriseNames asks again, on a miss only, with $bare and $query the name's words (pairs) any
// of which a name may hold, best scored first. Only then are the names compared without brackets: a phrase read
// finds 测试(南昌)材料 for 测试[南昌]材料 but not 测试南昌材料, which the same name means as much.
// No prefix or part of a name is a match: 赣锋 is no firm's name or alias, so none.
// Parameters: $name (half width, as given or in simplified characters); $query, the name as a Lucene phrase query,
//             special characters escaped (or its words, unquoted); $bare, whether names are compared without
//             brackets too (with the words only).
// Example:    :param name => '江西赣锋锂业集团股份有限公司'  :param query => '"江西赣锋锂业集团股份有限公司"'
//             :param bare => false
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: 100}) YIELD node
WITH node AS e WHERE e:Enterprise
WITH e, [s IN [$name, e.name] + coalesce(e.aliases, []) |
       reduce(t = toLower(s), p IN [['（', '('], ['）', ')'], ['【', '['], ['】', ']'], ['　', ' ']] | replace(t, p[0], p[1]))]
       AS folded
WITH e, folded, [s IN folded | reduce(t = s, b IN ['(', ')', '[', ']'] | replace(t, b, ''))] AS bare
WITH e, CASE
  WHEN e.name = $name THEN 0
  WHEN folded[1] = folded[0] THEN 1
  WHEN $name IN coalesce(e.aliases, []) THEN 2
  WHEN folded[0] IN folded[2..] THEN 3
  WHEN $bare AND bare[1] = bare[0] THEN 4
  WHEN $bare AND bare[0] IN bare[2..] THEN 5
END AS match
WHERE match IS NOT NULL
ORDER BY match, e.id
WITH collect({firm: e, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.firm] AS best
UNWIND best[..10] AS e
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item, size(best) AS matches
ORDER BY item.id
