// The routes along supply links from one product to another on the ChainKnowledgeGraph product graph (产品路径:
// how 铜精矿 reaches 覆铜板), shortest first; each visits a product once. As traverse/segment-paths, whose notes
// hold here too: Neo4j's SHORTEST 100 with literal bounds, $hops and the no-repeat rule applied after, the routes
// of one length ordered by the caller (by their names' 拼音).
// Returns the routes as lists of names (a product's key), by length, and every product they name once, both ends
// included.
// Parameters: $from, $to (Product.name: the upstream and the downstream end); $hops, 1 to 10; $limit, how many
//             routes at most (100 to list them, 1 to learn whether there is one).
// Example:    :param from => '铜精矿'  :param to => '铜箔'  :param hops => 6  :param limit => 100
MATCH (a:Product {name: $from})
MATCH (b:Product {name: $to})
CALL (a, b) {
  MATCH p = SHORTEST 100 (a)-[:SUPPLIES]->{1,10}(b)
  WITH p WHERE length(p) <= $hops
    AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  WITH p ORDER BY length(p)
  LIMIT $limit
  RETURN collect([n IN nodes(p) | n.name]) AS routes, collect(nodes(p)) AS nodeLists
}
CALL (a, b, nodeLists) {
  UNWIND [[a, b]] + nodeLists AS route
  UNWIND route AS n
  WITH DISTINCT n
  RETURN collect(n {.*}) AS nodes
}
RETURN a.name AS start, b.name AS end, routes, nodes
