// One hop downstream over SUPPLIES between products (产品): for each key of the frontier, what it feeds directly (下游一跳).
// Parameters: $keys, the frontier's Product.name values.
// Example:    :param keys => ['阴极铜']
UNWIND $keys AS key
MATCH (:Product {name: key})-[:SUPPLIES]->(next:Product)
RETURN key, next.name AS next
ORDER BY key, next
