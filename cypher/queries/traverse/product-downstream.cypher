// Everything downstream of a product (what it feeds, 下游) over SUPPLIES between products (产品), breadth first up to
// $hops links, in one statement: each node reached once, at its shortest distance, with the product it was
// first reached from (the smallest key of the previous hop that links to it), so the path back is a shortest
// path; and the firms of a region that make the start or anything reached (区域内相关企业): how many in all,
// and the first $limit of them, those holding a 链主 designation first, then by name (nameKey: 拼音 order) and id.
// Hop by hop on purpose: a variable-length pattern needs a literal bound and enumerates paths (on the product
// graph's 110k links that explodes), a frontier visits each node once. The 10 hop blocks are alike; a block
// past $hops, or after an empty frontier, does nothing. $hops is at most 10 (the API's maxHops limit).
// Parameters: $key, the start's Product.name; $hops, 1 to 10; $region, a region code or null (no firms);
//             $limit, how many firms to list at most (firmCount counts them all).
// Example:    :param key => '阴极铜'  :param hops => 3  :param region => '3606'  :param limit => 100
MATCH (start:Product {name: $key})
WITH start, [start] AS seen, [start] AS frontier, [] AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 1
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 1}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 2
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 2}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 3
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 3}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 4
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 4}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 5
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 5}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 6
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 6}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 7
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 7}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 8
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 8}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 9
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 9}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen, frontier) {
  WITH seen, frontier WHERE $hops >= 10
  UNWIND frontier AS f
  MATCH (f)-[:SUPPLIES]->(n:Product) WHERE NOT n IN seen
  WITH n, min(f.name) AS parent ORDER BY parent, n.name
  RETURN collect(n) AS next, collect({item: n {.*}, parent: parent, hops: 10}) AS found
}
WITH start, seen + next AS seen, next AS frontier, reached + found AS reached
CALL (seen) {
  MATCH (target:Region {code: $region})
  UNWIND seen AS s
  MATCH (s)<-[:MAKES]-(e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(target)
  WITH DISTINCT e
  WITH e, EXISTS { (e)-[:HOLDS]->(:Designation {kind: 'CHAIN_LEADER'}) } AS leader
  ORDER BY leader DESC, e.nameKey, e.id
  WITH collect(e) AS inRegion
  RETURN size(inRegion) AS firmCount,
         [e IN inRegion[..$limit] | e {.*, regionCode: [(e)-[:LOCATED_IN]->(r:Region) | r.code][0]}] AS firms
}
RETURN start {.*} AS start, reached, firms, firmCount
