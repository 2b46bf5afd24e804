// The policy chains of the asked regions, side by side (各地区政策产业链对照): every chain at least one region of
// $codes names (HAS_POLICY_CHAIN of the region itself, not of its sub-regions), with who names it and how, and the
// other chains of that list it shares supply links with (cross-chain SUPPLIES between their segments, each way).
// A chain two regions name is one Chain node: the data says they name the same chain. Linked chains are only
// linked (one feeds the other), not the same.
// Parameters: $codes, region codes.
// Example:    :param codes => ['36', '32']
UNWIND $codes AS code
MATCH (:Region {code: code})-[p:HAS_POLICY_CHAIN]->(c:Chain)
WITH c, collect(p {.*, regionCode: code, chainId: c.id}) AS policies
WITH collect({chain: c, policies: policies}) AS named
WITH named, [n IN named | n.chain] AS chains
UNWIND named AS n
WITH n.chain AS c, n.policies AS policies, chains
CALL (c, chains) {
  OPTIONAL MATCH (c)<-[:IN_CHAIN]-(s:Segment)-[l:SUPPLIES]-(:Segment)-[:IN_CHAIN]->(other:Chain)
  WHERE other <> c AND other IN chains
  WITH other, sum(CASE WHEN startNode(l) = s THEN 1 ELSE 0 END) AS supplies,
       sum(CASE WHEN startNode(l) = s THEN 0 ELSE 1 END) AS suppliedBy
  ORDER BY other.id
  RETURN collect(CASE WHEN other IS NULL THEN null ELSE {chainId: other.id, supplies: supplies, suppliedBy: suppliedBy} END) AS linked
}
RETURN c {.*} AS chain, policies, linked
ORDER BY c.id
