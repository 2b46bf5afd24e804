// Search in one statement, best first (检索). Three passes; a later one runs only while the earlier ones found fewer
// than $limit different nodes, and a node found twice comes back twice (the caller keeps its first, better hit):
// 1. exact codes and keys (区划代码, 股票代码 with or without exchange, 统一社会信用代码, chain, segment and industry
//    ids), score 100, in each form the text may write them ($keys, Search.keys: ６００３６２, 600362.sh, SH600362,
//    JX-NONFERROUS, 360700); and exact names of the small labels: a chain, segment, cluster or product named so
//    ($name), a region named so or so with its 省/市/县/区 ($places, Search.places: 南昌 is 南昌市 and 南昌县, which
//    came after firms whose names hold 南昌); firms' names have no index but the full-text one, so they are not here;
// 2. two characters and more: the cjk full-text index name_search over names and aliases, by Lucene's score (the
//    analyzer indexes character pairs, so this finds every name containing a Chinese text);
// 3. names containing the text, shorter names first (score 1 / length): chains, segments, regions, clusters and
//    products through their text indexes (any text); firms, for one character only ($contains), through name_search:
//    a Chinese character alone or as the start or end of a pair (/铜.?|.铜/: anywhere in the name), a Latin letter
//    or a digit as the start of a word or number (v* finds 南昌VR科创城; a leading wildcard would read every word and
//    number of the index). This pass is how a one-character search ('铜') finds anything. For longer text, pass 2
//    has found every firm whose name contains a Chinese text; a piece of a Latin word or a number (00012 in 000123)
//    is not looked for in firm names.
// Beside them, when $slip is given (Chinese text of three characters or more, Search.slip) and no region is named
// exactly so: the regions whose names have the text's length and last character and one other character wrong
// (赣洲市 → 赣州市, 株洲市), matchedBy 'SLIP', at most 100 (扶州市 is one from every ?州市); the caller places them
// (Search.slipsPlaced: those read alike in 拼音 after the exact hits, score 50, the others after every hit, score 0).
// The full-text index holds every label, so a query for firms asks it for as many more hits as there are nodes of
// the other labels (count store): pass 3 always, pass 2 when $labels names firms. Then no number of matching
// regions, segments or products can crowd the firms out. Pass 2 sorts the wanted hits it asked for by score and name,
// then takes $limit: a tie at the cut goes by name, not by the index's order. Pass 3 takes each label's shortest
// names before the union's cut (taking any $limit of them first let 江苏省 (0.25) in before 滨江区 (0.333) with
// first: 3); firms, for one character, in the index's order (sorting every firm whose name holds 业 would read most
// of them).
// Each hit comes back with its type, key (id, else code, else name) and name; the whole node (its properties and the
// keys of its region or parent) only when $nodes: a request that asks no hit's node (an autocomplete asking type and
// name) is spared reading and sending them, about a tenth of the statement's time on the 1,000,000-firm store.
// Parameters: $text; $keys, the codes and keys the text may be written for, the text itself among them
//             (Search.keys); $name, the text as a name (half width, no spaces around); $places, the region names it
//             may mean (Search.places); $query, the text as a Lucene query with special characters escaped (a word of three
//             characters or more also as a boosted phrase; several words: all of them together boosted, then each;
//             Search.words), or null for one character;
//             $contains, one character as a query on firm names (Search.oneCharacter), or null; $slip, the text as
//             a region's name with a character wrong (Search.slip), or null; $labels, a list of
//             labels or null for all; $limit; $nodes, whether to return each hit's node.
// Example:    :param text => '铜'  :param keys => ['铜']  :param name => '铜'  :param places => ['铜']  :param query => null  :param contains => 'name:/铜.?|.铜/'  :param slip => null
//             :param labels => null  :param limit => 20  :param nodes => true
CALL () {
  MATCH (n:Region) WHERE n.code IN $keys RETURN n, 'Region' AS type
  UNION
  MATCH (n:Enterprise) WHERE n.id IN $keys RETURN n, 'Enterprise' AS type
  UNION
  MATCH (n:Enterprise) WHERE n.creditCode IN $keys RETURN n, 'Enterprise' AS type
  UNION
  UNWIND $keys AS key
  MATCH (n:Enterprise) WHERE n.stockCode = key OR n.stockCode STARTS WITH key + '.' RETURN n, 'Enterprise' AS type
  UNION
  MATCH (n:Chain) WHERE n.id IN $keys RETURN n, 'Chain' AS type
  UNION
  MATCH (n:Segment) WHERE n.id IN $keys RETURN n, 'Segment' AS type
  UNION
  MATCH (n:Industry) WHERE n.code IN $keys RETURN n, 'Industry' AS type
  UNION
  MATCH (n:Region) WHERE n.name IN $places RETURN n, 'Region' AS type
  UNION
  MATCH (n:Chain) WHERE n.name = $name RETURN n, 'Chain' AS type
  UNION
  MATCH (n:Segment) WHERE n.name = $name RETURN n, 'Segment' AS type
  UNION
  MATCH (n:Cluster) WHERE n.name = $name RETURN n, 'Cluster' AS type
  UNION
  MATCH (n:Product) WHERE n.name = $name RETURN n, 'Product' AS type
}
WITH n, type WHERE $labels IS NULL OR type IN $labels
WITH collect({n: n, type: type, score: 100.0, matchedBy: 'EXACT'}) AS exact
CALL (exact) {
  WITH exact WHERE $slip IS NOT NULL AND ($labels IS NULL OR 'Region' IN $labels)
                   AND none(e IN exact WHERE e.type = 'Region')
  MATCH (r:Region) WHERE size(r.name) = size($slip) AND right(r.name, 1) = right($slip, 1)
    AND size([i IN range(0, size($slip) - 1) WHERE substring(r.name, i, 1) <> substring($slip, i, 1)]) = 1
  WITH r ORDER BY r.code LIMIT 100
  RETURN collect({n: r, type: 'Region', score: 0.0, matchedBy: 'SLIP'}) AS slips
}
CALL () {
  RETURN COUNT { (:Chain) } + COUNT { (:Segment) } + COUNT { (:Product) } + COUNT { (:Region) }
         + COUNT { (:Cluster) } + COUNT { (:Industry) } AS others
}
CALL (exact, others) {
  WITH exact WHERE size(exact) < $limit AND $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('name_search', $query,
       {limit: $limit * 4 + CASE WHEN 'Enterprise' IN $labels THEN others ELSE 0 END}) YIELD node, score
  WITH node, score,
       [l IN labels(node) WHERE l IN ['Enterprise', 'Chain', 'Segment', 'Product', 'Region', 'Cluster', 'Industry']][0] AS type
  WHERE $labels IS NULL OR type IN $labels
  WITH node, score, type ORDER BY score DESC, node.name LIMIT $limit
  RETURN collect({n: node, type: type, score: score, matchedBy: 'FULLTEXT'}) AS fulltext
}
WITH exact + fulltext AS hits, [e IN exact | e.n] AS exactNodes, fulltext, others, slips
CALL (hits, exactNodes, fulltext, others) {
  WITH hits WHERE size(exactNodes) + size([f IN fulltext WHERE NOT f.n IN exactNodes]) < $limit
  CALL (*) {
    MATCH (n:Chain) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Chain' IN $labels)
    RETURN n, 'Chain' AS type ORDER BY size(n.name), n.name LIMIT $limit
    UNION
    MATCH (n:Segment) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Segment' IN $labels)
    RETURN n, 'Segment' AS type ORDER BY size(n.name), n.name LIMIT $limit
    UNION
    WITH $contains AS firmQuery WHERE firmQuery IS NOT NULL AND ($labels IS NULL OR 'Enterprise' IN $labels)
    CALL db.index.fulltext.queryNodes('name_search', firmQuery, {limit: $limit + others}) YIELD node AS n
    WITH n WHERE n:Enterprise
    RETURN n, 'Enterprise' AS type LIMIT $limit
    UNION
    MATCH (n:Region) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Region' IN $labels)
    RETURN n, 'Region' AS type ORDER BY size(n.name), n.name LIMIT $limit
    UNION
    MATCH (n:Cluster) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Cluster' IN $labels)
    RETURN n, 'Cluster' AS type ORDER BY size(n.name), n.name LIMIT $limit
    UNION
    MATCH (n:Product) WHERE n.name CONTAINS $text AND ($labels IS NULL OR 'Product' IN $labels)
    RETURN n, 'Product' AS type ORDER BY size(n.name), n.name LIMIT $limit
  }
  WITH n, type ORDER BY size(n.name), n.name LIMIT $limit
  RETURN collect({n: n, type: type, score: 1.0 / size(n.name), matchedBy: 'CONTAINS'}) AS contains
}
UNWIND hits + coalesce(contains, []) + slips AS hit
WITH hit.n AS n, hit
RETURN hit.type AS type, coalesce(n.id, n.code, n.name) AS key, n.name AS name,
       CASE WHEN $nodes THEN n {.*, regionCode: [(n)-[:LOCATED_IN]->(r:Region) WHERE n:Enterprise | r.code][0],
                                parentId: [(n)-[:SUB_SEGMENT_OF]->(p:Segment) | p.id][0],
                                parentCode: [(n)-[:PART_OF]->(rp:Region) WHERE n:Region | rp.code][0]} END AS item,
       hit.score AS score, hit.matchedBy AS matchedBy
