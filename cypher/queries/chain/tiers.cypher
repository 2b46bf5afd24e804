// The tiers policies give chains (政策产业链层级: 2, 6, N, 卓越, 14条重点产业链 …), each once, sorted: what a
// filter's `tier` may be, listed when it names none.
// Parameters: none.
// Example:    (none)
MATCH (:Region)-[p:HAS_POLICY_CHAIN]->(:Chain)
WHERE p.tier IS NOT NULL
RETURN DISTINCT p.tier AS tier
ORDER BY tier
