// The regions a name may mean (按名称查地区), at most ten: the best kind of match only, and of that kind the
// highest level only. Matches, best first: the name or full name as given (南昌市, 江西省南昌市); else, for two
// characters or more, the name as people say it, without its administrative suffix (江西 → 江西省, 赣州 → 赣州市,
// 广西 → 广西壮族自治区, 恩施 → 恩施土家族苗族自治州, 神农架 → 神农架林区, 香港 → 香港特别行政区); else the name
// with its parents in front but not all of them, as documents write a place (赣州市章贡区, 南京市鼓楼区: the full name ends with the text and the
// rest of it is the full name of a region above). Levels: province, city, county, then
// zones and cooperation areas. More than one region left means the name is ambiguous (鼓楼区: four districts), which
// the API (Names) refuses rather than pick one; `matches` says how many there are. The suffixes are the loader's
// hints' too (Slips.REGION_SUFFIX; CypherCatalogTest keeps the two the same). Latin letters match in either case
// (南昌vr科创城); the full name has no index, so the regions are read all the same.
// Parameters: $name.
// Example:    :param name => '赣州'
MATCH (r:Region)
WITH r, toLower($name) AS folded
WHERE toLower(r.name) = folded OR toLower(r.fullName) = folded
   OR (size($name) >= 2 AND r.name STARTS WITH $name AND r.level IN ['PROVINCE', 'CITY', 'COUNTY']
       AND substring(r.name, size($name)) =~ '省|市|地区|盟|县|区|旗|林区|特区|新区|特别行政区|(\\p{IsHan}+族|维吾尔)*自治(区|州|县|旗)')
   OR (size(r.fullName) > size($name) AND toLower(r.fullName) ENDS WITH folded AND size($name) > size(r.name)
       AND EXISTS { (r)-[:PART_OF*1..4]->(a:Region) WHERE toLower(a.fullName) + folded = toLower(r.fullName) })
WITH r,
     CASE WHEN toLower(r.name) = folded OR toLower(r.fullName) = folded THEN 0
          WHEN toLower(r.fullName) ENDS WITH folded AND size($name) > size(r.name) THEN 2 ELSE 1 END AS match,
     CASE r.level WHEN 'PROVINCE' THEN 0 WHEN 'CITY' THEN 1 WHEN 'COUNTY' THEN 2 ELSE 3 END AS rank
ORDER BY match, rank, r.code
WITH collect({region: r, match: match, rank: rank}) AS found
WITH [f IN found WHERE f.match = found[0].match AND f.rank = found[0].rank | f.region] AS best
UNWIND best[..10] AS r
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
RETURN r {.*, parentCode: p.code} AS item, size(best) AS matches
