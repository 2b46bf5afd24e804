// What a gap table row's 区位熵 (location quotient) is computed from: for each segment of each request, the region's
// firms in the segment's chain, and the country's firms in the chain and in the segment. The region's firms in the
// segment are the row's own count. All are the stored counts (FIRM_COUNT: firms located in the region or a region
// under it, in the segment or a segment below it, each firm once); the country's are the sums over the provinces,
// where each firm counts once, in its province (cooperation areas hold no counts). The provinces' counts are read
// from their side: a province holds at most one count per segment and chain, a segment one per region with firms
// (thousands on a large graph).
// Parameters: $requests, a list of {region: a region code, segments: [Segment.id]}.
// Example:    :param requests => [{region: '3607', segments: ['jx-nonferrous/copper-foil', 'jx-nonferrous/rare-earth-separation']}]
UNWIND $requests AS request
MATCH (r:Region {code: request.region})
CALL (request) {
  UNWIND request.segments AS key
  MATCH (s:Segment {id: key})-[:IN_CHAIN]->(c:Chain)
  RETURN collect({key: key, segment: s, chain: c}) AS rows, collect(DISTINCT c) AS chains
}
CALL (rows, chains) {
  WITH [row IN rows | row.segment] + chains AS counted
  MATCH (p:Region {level: 'PROVINCE'})<-[k:FIRM_COUNT]-(x)
  WHERE x IN counted
  WITH x, sum(k.firms) AS firms
  RETURN collect({x: x, firms: firms}) AS country
}
CALL (r, chains) {
  UNWIND chains AS c
  MATCH (c)-[t:FIRM_COUNT]->(r)
  RETURN collect({chain: c, firms: t.firms}) AS local
}
UNWIND rows AS row
RETURN request.region AS region, row.key AS segment,
       coalesce([l IN local WHERE l.chain = row.chain][0].firms, 0) AS regionChain,
       coalesce([n IN country WHERE n.x = row.chain][0].firms, 0) AS countryChain,
       coalesce([n IN country WHERE n.x = row.segment][0].firms, 0) AS countrySegment
