// Benchmark baseline (direct Cypher): the chain map of one chain in one statement — what the API's chain query
// returns (segments with parents, supply links, policies, clusters, 链主) (基准测试：产业链全景图).
// Parameters: $key, a chain id.
// Example:    :param key => 'jx-nonferrous'
MATCH (c:Chain {id: $key})
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(s:Segment)
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN collect(s {.id, .name, .position, .kind, parent: p.id}) AS segments
}
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(:Segment)-[r:SUPPLIES]-(:Segment)
  WITH DISTINCT r
  RETURN collect({from: startNode(r).id, to: endNode(r).id}) AS links
}
CALL (c) {
  OPTIONAL MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c)
  RETURN collect({region: r.name, tier: p.tier}) AS policies
}
CALL (c) {
  OPTIONAL MATCH (e:Enterprise)-[:HOLDS]->(:Designation {kind: 'CHAIN_LEADER'})-[:FOR_CHAIN]->(c)
  RETURN collect(e.name) AS leaders
}
RETURN c.name AS name, segments, links, policies, leaders
