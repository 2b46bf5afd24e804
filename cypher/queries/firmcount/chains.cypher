// Every chain's id (全部产业链编号), for recomputing the stored firm counts chain by chain, one transaction each.
// Parameters: none.
// Try in Neo4j Browser: paste as is.
MATCH (c:Chain)
RETURN c.id AS id
ORDER BY id
