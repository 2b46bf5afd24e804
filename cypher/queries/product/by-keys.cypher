// Products by name (按名称查产品).
// Parameters: $keys, a list of product names; one row per (key, item).
// Example:    :param keys => ['阴极铜']
UNWIND $keys AS key
MATCH (p:Product {name: key})
RETURN key, p {.*} AS item
