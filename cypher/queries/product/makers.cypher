// The firms making each product, largest share of revenue first (产品的生产企业).
// Parameters: $keys, a list of product names; one row per (key, item).
// Example:    :param keys => ['阴极铜']
UNWIND $keys AS key
MATCH (e:Enterprise)-[m:MAKES]->(:Product {name: key})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN key, e {.*, regionCode: r.code} AS item
ORDER BY key, m.weight DESC, e.id
