// Export: the borders a data set listed (导出：相邻地区), stored once per pair; the built-in ones are left out.
// Parameters: none.
// Returns:    a, b (region codes), source, quote.
// Example:    MATCH (a:Region)-[n:NEIGHBOURS]->(b:Region) RETURN a.code, b.code, n.datasets LIMIT 5
MATCH (a:Region)-[n:NEIGHBOURS]->(b:Region)
WHERE any(d IN coalesce(n.datasets, []) WHERE d <> 'regions-cn')
RETURN a.code AS a, b.code AS b, n.source AS source, n.quote AS quote
ORDER BY a, b
