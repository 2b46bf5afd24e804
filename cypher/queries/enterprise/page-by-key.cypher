// A page of enterprises in key order (企业列表，按主键) when the filter has no region, segment, chain or cluster
// (those page through enterprise/page): walks the index of the constraint on Enterprise.id from the cursor on and
// stops after one page, instead of sorting every firm. Conditions and cursor as in enterprise/page.
// Parameters: $tags (all of them), $tier (of a policy chain the firm works in), $illustrative (true/false) — each
//             null for no condition; $afterKey (the last item of the previous page, or null); $limit.
// Example:    :param tags => ['专精特新']  :param tier => null  :param illustrative => null  :param afterKey => null
//             :param limit => 20
MATCH (e:Enterprise)
WHERE e.id > coalesce($afterKey, '')
  AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
  AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
WITH e ORDER BY e.id
LIMIT $limit
// OPTIONAL MATCH, not a pattern comprehension: with one, Neo4j 2026.08's planner fails its own check on the
// property the index hands over (cached) when assertions are on, as in the tests.
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
