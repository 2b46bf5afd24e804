// The firms a name may mean (按名称或别名查企业), at most ten: those with this name, else this name with brackets in
// the other width or Latin letters in the other case (孚能科技（赣州）股份有限公司, ganfeng lithium), else those with it
// as an alias (赣锋锂业), as written, else so folded. More than one of the best kind means the name is ambiguous,
// which the API (Names) refuses naming them rather than pick one; `matches` says how many there are. For
// enterprise(name:), the audit trail's entity filter and the curation API's hint for a firm's name where its id
// belongs (EnterpriseNames).
// Firm names have no index but the full-text one (V0007, V0008): the name as a phrase there (cjk pairs, lower case,
// full width folded), at most 100 nodes holding it, then the comparison on those alone. A miss costs the one index
// read (a few ms on 1,000,000 firms); `MATCH (e:Enterprise) WHERE e.name = $name` would read every firm (0.2 s).
// No prefix or part of a name is a match: 赣锋 is no firm's name or alias, so none.
// Parameters: $name (half width, as given or in simplified characters); $query, the name as a Lucene phrase query,
//             special characters escaped.
// Example:    :param name => '江西赣锋锂业集团股份有限公司'  :param query => '"江西赣锋锂业集团股份有限公司"'
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: 100}) YIELD node
WITH node AS e WHERE e:Enterprise
WITH e, [s IN [$name, e.name] + coalesce(e.aliases, []) |
       reduce(t = toLower(s), p IN [['（', '('], ['）', ')'], ['【', '['], ['】', ']'], ['　', ' ']] | replace(t, p[0], p[1]))]
       AS folded
WITH e, CASE
  WHEN e.name = $name THEN 0
  WHEN folded[1] = folded[0] THEN 1
  WHEN $name IN coalesce(e.aliases, []) THEN 2
  WHEN folded[0] IN folded[2..] THEN 3
END AS match
WHERE match IS NOT NULL
ORDER BY match, e.id
WITH collect({firm: e, match: match}) AS found
WITH [f IN found WHERE f.match = found[0].match | f.firm] AS best
UNWIND best[..10] AS e
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item, size(best) AS matches
ORDER BY item.id
