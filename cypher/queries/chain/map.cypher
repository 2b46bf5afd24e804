// One chain with the parts of its map a request asks for, in one statement (产业链全景图，一次查询): its segments
// (with parent ids), supply links (with both end segments; an end among the chain's segments is null when the
// segments are fetched too, since the caller has it from them), the regions that name it (with the region) and its
// 链主 (with firm and region). Each part is computed only when its flag is true, and each item is the same projection
// as the batch query of that field (chain/segments, chain/supply-links, chain/policies, chain/leaders,
// segment/by-keys, region/by-codes, enterprise/by-keys), so both paths give the same answer.
// Parameters: $key, a chain id; $segments, $supplyLinks, $policies, $chainLeaders, booleans.
// Example:    :param key => 'jx-nonferrous'
//             :param segments => true
//             :param supplyLinks => true
//             :param policies => true
//             :param chainLeaders => true
MATCH (c:Chain {id: $key})
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(s:Segment) WHERE $segments
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN collect(s {.*, parentId: p.id}) AS segments
}
CALL (c) {
  MATCH (c)<-[:IN_CHAIN]-(:Segment)-[r:SUPPLIES]-(:Segment) WHERE $supplyLinks
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WITH r, a, b ORDER BY a.id, b.id
  RETURN collect({item: {fromId: a.id, toId: b.id, source: r.source, quote: r.quote, illustrative: r.illustrative,
                        datasets: r.datasets},
                  from: CASE WHEN $segments AND (a)-[:IN_CHAIN]->(c) THEN null
                             ELSE a {.*, parentId: [(a)-[:SUB_SEGMENT_OF]->(ap:Segment) | ap.id][0]} END,
                  to: CASE WHEN $segments AND (b)-[:IN_CHAIN]->(c) THEN null
                           ELSE b {.*, parentId: [(b)-[:SUB_SEGMENT_OF]->(bp:Segment) | bp.id][0]} END}) AS supplyLinks
}
CALL (c) {
  MATCH (r:Region)-[p:HAS_POLICY_CHAIN]->(c) WHERE $policies
  OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region)
  WITH r, p, rp ORDER BY r.code
  RETURN collect({item: p {.*, regionCode: r.code, chainId: c.id}, region: r {.*, parentCode: rp.code}}) AS policies
}
CALL (c) {
  MATCH (e:Enterprise)-[:HOLDS]->(d:Designation {kind: 'CHAIN_LEADER'})-[:FOR_CHAIN]->(c) WHERE $chainLeaders
  MATCH (d)-[:IN_REGION]->(r:Region)
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(er:Region)
  OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region)
  WITH e, d, r, er, rp ORDER BY r.code, e.id
  RETURN collect({item: d {.*, enterpriseId: e.id, chainId: c.id, regionCode: r.code},
                  enterprise: e {.*, regionCode: er.code}, region: r {.*, parentCode: rp.code}}) AS chainLeaders
}
RETURN c {.*} AS chain, segments, supplyLinks, policies, chainLeaders
