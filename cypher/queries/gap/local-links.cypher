// The region's firms next to a segment along supply links (本地上下游): for each segment of each request, the
// segments it supplies directly ($downstream true) or those that supply it ($downstream false), in any chain, in
// which the region has firms, with their counts: the stored rolled-up counts (FIRM_COUNT: firms located in the
// region or a region under it, in the segment or a segment below it). For a gap, local demand that finds no local
// supplier, or local inputs that find no local customer; where both are there, the chain breaks at the gap (断点).
// Parameters: $requests, a list of {region: a region code, segments: [Segment.id]}; $downstream, true or false.
// Example:    :param requests => [{region: '36', segments: ['jx-nonferrous/copper-alloy-strip']}]
//             :param downstream => true
UNWIND $requests AS request
UNWIND request.segments AS key
MATCH (s:Segment {id: key})
CALL (s, request) {
  MATCH (s)-[l:SUPPLIES]-(t:Segment)-[k:FIRM_COUNT]->(:Region {code: request.region})
  WHERE (startNode(l) = s) = $downstream
  RETURN t, k.firms AS firms
}
// key, not s.id: with s.id here Neo4j 2026.08's planner failed on some plans ("s.id should not appear non-cached").
RETURN request.region AS region, key AS segment,
       collect({item: t {.*, parentId: [(t)-[:SUB_SEGMENT_OF]->(q:Segment) | q.id][0]}, firms: firms}) AS items
