// 申万 industries by code (按代码查行业).
// Parameters: $keys, a list of six-digit codes; one row per (key, item).
// Example:    :param keys => ['370000']
UNWIND $keys AS key
MATCH (i:Industry {code: key})
OPTIONAL MATCH (i)-[:SUB_INDUSTRY_OF]->(p:Industry)
RETURN key, i {.*, parentCode: p.code} AS item
