// The routes along supply links from one segment to another (产业链路径: how 碳纤维 reaches 航空维修), shortest
// first, routes of one length by the keys of their segments; each visits a segment once. Neo4j's SHORTEST 100
// bounds the work whatever the graph (a variable-length pattern would enumerate every route, which grows with the
// product of the branchings); its hop bound and k are literals, so $hops is applied after: the 100 shortest routes
// hold the shortest ones within $hops. Those visiting a segment twice (a recycling loop) are dropped; they are
// longer than the route without the loop, so only a graph with more than 100 short routes loses any.
// Returns the routes as lists of keys and every segment they name once, both ends included.
// Parameters: $from, $to (Segment.id: the upstream and the downstream end); $hops, 1 to 10; $limit, how many routes
//             at most (the caller asks one more than it lists, to know whether there are more).
// Example:    :param from => 'js-carbon/carbon-fiber'  :param to => 'jx-aviation/mro'  :param hops => 6
//             :param limit => 11
MATCH (a:Segment {id: $from})
MATCH (b:Segment {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST 100 (a)-[:SUPPLIES]->{1,10}(b)
  WITH p WHERE length(p) <= $hops
    AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  WITH p, [n IN nodes(p) | n.id] AS keys ORDER BY length(p), keys
  LIMIT $limit
  RETURN collect(keys) AS routes, collect(nodes(p)) AS nodeLists
}
// Each segment once, with its parent: a route is its keys (the same segments recur in many routes).
CALL (a, b, nodeLists) {
  UNWIND [[a, b]] + nodeLists AS route
  UNWIND route AS n
  WITH DISTINCT n
  RETURN collect(n {.*, parentId: [(n)-[:SUB_SEGMENT_OF]->(q:Segment) | q.id][0]}) AS segments
}
RETURN a.id AS start, b.id AS end, routes, segments
