// Benchmark baseline (direct Cypher): a region's name by its code, the smallest real question (基准测试：按代码查地区).
// Parameters: $code, a region code.
// Example:    :param code => '36'
MATCH (r:Region {code: $code})
RETURN r.name AS name
