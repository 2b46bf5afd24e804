// How many enterprises pass a filter that has no region, segment, chain or cluster to start from (企业计数): the
// totalCount of such a list (enterprise/page-by-name, page-by-key). Every firm is tested (on 1,000,000 firms
// 0.3–0.4 s; enterprise/count's way, through its start, takes twice that). With no condition at all
// EnterpriseController takes the count from enterprise/start-sizes instead (Neo4j's count store).
// Parameters: $tags (all of them), $tier, $illustrative (each null for no condition).
// Example:    :param tags => ['专精特新']  :param tier => null  :param illustrative => null
MATCH (e:Enterprise)
WHERE ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
  AND ($tier IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain)<-[p:HAS_POLICY_CHAIN]-(:Region) WHERE p.tier = $tier })
  AND ($illustrative IS NULL OR coalesce(e.illustrative, false) = $illustrative)
RETURN count(e) AS total
