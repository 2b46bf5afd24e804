// One hop upstream over SUPPLIES between products (产品): for each key of the frontier, what feeds it directly (上游一跳).
// The API walks hop by hop (breadth first), so every reached node gets its hop count and one shortest path, and a
// request runs at most maxHops statements however large the graph.
// Parameters: $keys, the frontier's Product.name values.
// Example:    :param keys => ['阴极铜']
UNWIND $keys AS key
MATCH (:Product {name: key})<-[:SUPPLIES]-(next:Product)
RETURN key, next.name AS next
ORDER BY key, next
