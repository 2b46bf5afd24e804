// A page of chains ordered by id, optionally those a region names, of one tier (产业链列表).
// Parameters: $region (code or null), $tier (or null), $after (the last id of the previous page, or null), $limit.
// Example:    :param region => '36'  :param tier => null  :param after => null  :param limit => 20
MATCH (c:Chain)
WHERE ($after IS NULL OR c.id > $after)
  AND ($region IS NULL AND $tier IS NULL
       OR EXISTS { MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c)
                   WHERE ($region IS NULL OR r.code = $region) AND ($tier IS NULL OR p.tier = $tier) })
RETURN c {.*} AS item
ORDER BY c.id
LIMIT $limit
