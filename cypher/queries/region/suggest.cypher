// What a text that names no region may have meant (您是否要找), for the NOT_FOUND answer only: the best kind of
// match only, at most ten. Best: the full name or an alias holds the text (赣州市章贡 → 江西省赣州市章贡区, 南昌高新 → a
// zone named so). Else the text holds names (赣州章贡区, 南京鼓楼): each region whose own name, with or without its
// one-character suffix, is in the text, scored by how many characters of the text its name and its ancestors' names
// cover, each name once (南昌县 under 南昌市 covers 南昌 once: counted twice, it came before 南昌市 for 南昌巿 and
// 南昌市南昌高新区); the best score only (南京鼓楼 → 南京市鼓楼区, not the other four 鼓楼区 nor 南京市 alone). The API adds `rank`
// null for none; here every row has one. Last, a name of three characters or more with one character
// wrong (赣洲市 → 赣州市; the API's typing slips read only rows with no rank, and every row here has one). Of one kind,
// the shorter full name (the closer match) first.
// Parameters: $text.
// Example:    :param text => '赣州章贡'
MATCH (r:Region)
WITH r, CASE WHEN size(r.name) >= 3 AND r.name =~ '.+[省市区县旗盟]' THEN left(r.name, size(r.name) - 1) ELSE r.name END AS short
WITH r, CASE
  WHEN size($text) >= 2 AND (r.fullName CONTAINS $text OR any(a IN coalesce(r.aliases, []) WHERE a CONTAINS $text)) THEN 0
  WHEN size(short) >= 2 AND $text CONTAINS short THEN 1
  WHEN size($text) >= 3 AND size(r.name) = size($text)
       AND size([i IN range(0, size($text) - 1) WHERE substring(r.name, i, 1) <> substring($text, i, 1)]) = 1 THEN 2
END AS rank
WHERE rank IS NOT NULL
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(a:Region)
WITH r, rank, reduce(seen = [], n IN [x IN [r] + collect(a) |
       CASE WHEN size(x.name) >= 3 AND x.name =~ '.+[省市区县旗盟]' THEN left(x.name, size(x.name) - 1) ELSE x.name END] |
       CASE WHEN n IN seen THEN seen ELSE seen + n END) AS names
WITH r, rank, CASE WHEN rank <> 1 THEN 0
       ELSE reduce(s = 0, n IN names | s + CASE WHEN size(n) >= 2 AND $text CONTAINS n THEN size(n) ELSE 0 END) END AS covered
ORDER BY rank, covered DESC, size(r.fullName), r.code
WITH collect({region: r, rank: rank, covered: covered}) AS found
UNWIND [f IN found WHERE f.rank = found[0].rank AND f.covered = found[0].covered][..10] AS best
WITH best.region AS r, best.rank AS rank
RETURN r {.*} AS item, rank
