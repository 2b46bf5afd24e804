// The routes along supply links from one segment to another (产业链路径: how 碳纤维 reaches 航空维修), shortest
// first; each visits a segment once. Neo4j's SHORTEST 100 bounds the work whatever the graph (a variable-length
// pattern would enumerate every route, which grows with the product of the branchings); its hop bound and k are
// literals, so $hops is applied after: the 100 shortest routes hold the shortest ones within $hops. Those visiting a
// segment twice (a recycling loop) are dropped; they are longer than the route without the loop, so only a graph
// with more than 100 short routes loses any. The caller orders the routes of one length (by their names' 拼音,
// which Cypher cannot compare) and lists the first ones.
// Returns the routes as lists of keys, by length, and every segment they name once, both ends included.
// Parameters: $from, $to (Segment.id: the upstream and the downstream end); $hops, 1 to 10; $limit, how many routes
//             at most (100 to list them, 1 to learn whether there is one).
// Example:    :param from => 'js-carbon/carbon-fiber'  :param to => 'jx-aviation/mro'  :param hops => 6
//             :param limit => 100
MATCH (a:Segment {id: $from})
MATCH (b:Segment {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST 100 (a)-[:SUPPLIES]->{1,10}(b)
  WITH p WHERE length(p) <= $hops
    AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  WITH p ORDER BY length(p)
  LIMIT $limit
  RETURN collect([n IN nodes(p) | n.id]) AS routes, collect(nodes(p)) AS nodeLists
}
// Each segment once, with its parent: a route is its keys (the same segments recur in many routes).
CALL (a, b, nodeLists) {
  UNWIND [[a, b]] + nodeLists AS route
  UNWIND route AS n
  WITH DISTINCT n
  RETURN collect(n {.*, parentId: [(n)-[:SUB_SEGMENT_OF]->(q:Segment) | q.id][0]}) AS nodes
}
RETURN a.id AS start, b.id AS end, routes, nodes
