// Export: the chains with the regions that name them as policy chains (导出：产业链与政策产业链), as the chain
// files write them.
// Parameters: none.
// Returns:    id, name, aliases, description, source, quote, policy ([{region, program, tier, chief, source, quote}]).
// Example:    MATCH (c:Chain) RETURN c.id, c.name ORDER BY c.id
MATCH (c:Chain)
WHERE any(d IN coalesce(c.datasets, []) WHERE d <> 'regions-cn')
RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.description AS description, c.source AS source,
       c.quote AS quote,
       COLLECT { MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c)
                 RETURN {region: r.code, program: p.program, tier: p.tier, chief: p.chief, source: p.source,
                         quote: p.quote} AS policy ORDER BY r.code, p.program } AS policy
ORDER BY id
