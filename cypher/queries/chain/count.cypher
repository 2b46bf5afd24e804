// How many chains match a filter (产业链计数).
// Parameters: $region (code or null), $tier (or null).
// Example:    :param region => '36'  :param tier => null
MATCH (c:Chain)
WHERE $region IS NULL AND $tier IS NULL
   OR EXISTS { MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c)
               WHERE ($region IS NULL OR r.code = $region) AND ($tier IS NULL OR p.tier = $tier) }
RETURN count(c) AS total
