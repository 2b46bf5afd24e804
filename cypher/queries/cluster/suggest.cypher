// What a text that names no cluster may have meant (您是否要找), for the NOT_FOUND answer only: every cluster with how
// its name relates to the text, as chain/suggest does for chains (航空城 → 南昌航空城; 南昌航空城集群 → 南昌航空城).
// Parameters: $text.
// Example:    :param text => '航空'
MATCH (c:Cluster)
WITH c, [c.name] + coalesce(c.aliases, []) AS names
WITH c, CASE
  WHEN any(n IN names WHERE n CONTAINS $text) THEN 0
  WHEN any(n IN names WHERE size(n) >= 2 AND $text CONTAINS n) THEN 1
END AS rank
RETURN c {.*} AS item, rank
ORDER BY rank, size(c.name), c.id
LIMIT 5000
