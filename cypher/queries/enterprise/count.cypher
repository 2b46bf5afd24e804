// How many enterprises match a filter with no region, segment, chain or cluster (企业计数; enterprise/page counts
// the others as it pages), for the totalCount of enterprise/page-by-name and page-by-key. With no condition at all,
// Neo4j's count store answers at once; else every firm is read.
// Parameters: $tags (all of them), $tier, $illustrative (each null for no condition).
// Example:    :param tags => ['专精特新']  :param tier => null  :param illustrative => null
RETURN CASE
         WHEN $tags IS NULL AND $tier IS NULL AND $illustrative IS NULL THEN COUNT { MATCH (e:Enterprise) }
         ELSE COUNT {
           MATCH (e:Enterprise)
           WHERE ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
             AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
             AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative) }
       END AS total
