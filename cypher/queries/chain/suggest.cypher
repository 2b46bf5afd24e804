// What a text that names no chain may have meant (您是否要找), for the NOT_FOUND answer only: every chain with its
// id, name and aliases and how its name relates to the text: 0 when a name or alias holds the text (有色 → 有色金属),
// 1 when the text holds a name or alias (有色金属产业链 → 有色金属); when no chain is either, 2 for a chain one of
// whose segments or clusters is named with the text (锂电, as people name an industry no chain is named for: 宜春锂电新能源产业集群
// works in 有色金属 and 汽车); null otherwise. The API adds the chains whose id or name is a typing slip away
// (jx-nonferous → jx-nonferrous); a province names tens of chains, so all of them come back.
// Parameters: $text.
// Example:    :param text => '有色'
MATCH (c:Chain)
WITH c, [c.name] + coalesce(c.aliases, []) AS names
WITH c, CASE
  WHEN any(n IN names WHERE n CONTAINS $text) THEN 0
  WHEN any(n IN names WHERE size(n) >= 2 AND $text CONTAINS n) THEN 1
  WHEN size($text) >= 2 AND (EXISTS { (s:Segment)-[:IN_CHAIN]->(c) WHERE s.name CONTAINS $text }
       OR EXISTS { (k:Cluster)-[:FOCUSES_ON]->(c) WHERE k.name CONTAINS $text }) THEN 2
END AS rank
WITH collect({chain: c, rank: rank}) AS rows
WITH rows, any(r IN rows WHERE r.rank < 2) AS named
UNWIND rows AS row
WITH row.chain AS c, CASE WHEN named AND row.rank = 2 THEN null ELSE row.rank END AS rank
RETURN c {.*} AS item, rank
ORDER BY rank, size(c.name), c.id
LIMIT 1000
