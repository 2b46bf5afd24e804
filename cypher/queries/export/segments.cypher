// Export: every segment of the chains with its parent, in each chain's order among siblings (导出：产业链环节树).
// Parameters: none.
// Returns:    chainId, id (<chain id>/<segment id>), parentId (null at the top), name, aliases, position, kind,
//             description, siblingOrder, source, quote.
// Example:    MATCH (s:Segment) RETURN s.id, s.order ORDER BY s.id LIMIT 10
MATCH (s:Segment)-[:IN_CHAIN]->(c:Chain)
WHERE any(d IN coalesce(s.datasets, []) WHERE d <> 'regions-cn')
RETURN c.id AS chainId, s.id AS id, COLLECT { MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment) RETURN p.id } [0] AS parentId,
       s.name AS name, s.aliases AS aliases, s.position AS position, s.kind AS kind, s.description AS description,
       s.order AS siblingOrder, s.source AS source, s.quote AS quote
ORDER BY chainId, siblingOrder, id
