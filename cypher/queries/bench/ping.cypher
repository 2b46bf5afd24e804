// Benchmark probe (direct Cypher): a statement that reads nothing, the cost of one read transaction over Bolt
// (基准测试：空查询).
// Parameters: none.
// Example:    RETURN 1
RETURN 1 AS one
