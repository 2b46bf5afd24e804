// The region's firms next to a segment along supply links (本地上下游): for each segment of each request, the
// segments it supplies directly ($downstream true) or those that supply it ($downstream false), in any chain, in
// which the region has firms, with their counts: the stored rolled-up counts (FIRM_COUNT: firms located in the
// region or a region under it, in the segment or a segment below it). For a gap, local demand that finds no local
// supplier, or local inputs that find no local customer; where both are there, the chain breaks at the gap (断点).
// Parameters: $requests, a list of {region: a region code, segments: [Segment.id]}; $downstream, true or false.
// Example:    :param requests => [{region: '36', segments: ['jx-nonferrous/copper-alloy-strip']}]
//             :param downstream => true
UNWIND $requests AS request
MATCH (r:Region {code: request.region})
CALL (request) {
  UNWIND request.segments AS key
  MATCH (s:Segment {id: key})-[l:SUPPLIES]-(t:Segment)
  WHERE (startNode(l) = s) = $downstream
  RETURN collect({key: key, next: t}) AS links
}
// The region's counts of the linked segments, read once from the region's side (at most one count per segment of
// the graph), not from each segment's (one count per region with firms: thousands on a large graph).
CALL (r, links) {
  WITH r, [link IN links | link.next] AS linked
  MATCH (r)<-[k:FIRM_COUNT]-(t:Segment) WHERE t IN linked
  RETURN collect({segment: t, firms: k.firms}) AS counted
}
UNWIND links AS link
WITH request, link, [c IN counted WHERE c.segment = link.next][0] AS count
WHERE count IS NOT NULL
WITH request, link.key AS key, link.next AS t, count.firms AS firms
RETURN request.region AS region, key AS segment,
       collect({item: t {.*, parentId: [(t)-[:SUB_SEGMENT_OF]->(q:Segment) | q.id][0]}, firms: firms}) AS items
