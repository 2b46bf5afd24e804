// What a gap table row's 区位熵 (location quotient) is computed from: for each request (a region and segments), each
// segment's chain, the region's firms in those chains, and the country's firms in the chains and the segments.
// The region's firms in a segment are the row's own count. All are the stored counts (FIRM_COUNT: firms located in
// the region or a region under it, in the segment or a segment below it, each firm once); the country's are the sums
// over the provinces, where each firm counts once, in its province (cooperation areas hold no counts). The
// provinces' counts are read from their side: a province holds at most one count per segment and chain, a segment
// one per region with firms (thousands on a large graph). ChainGapQuery joins the lists by key: done here, row by
// row, the join grew with the square of the rows (every chain's segments at once: 1,254 rows, 100 ms of 190).
// Parameters: $requests, a list of {region: a region code, segments: [Segment.id]}.
// Example:    :param requests => [{region: '3607', segments: ['jx-nonferrous/copper-foil', 'jx-nonferrous/rare-earth-separation']}]
UNWIND $requests AS request
MATCH (r:Region {code: request.region})
CALL (request) {
  UNWIND request.segments AS key
  MATCH (s:Segment {id: key})-[:IN_CHAIN]->(c:Chain)
  RETURN collect({segment: key, chain: c.id}) AS segments, collect(s) + collect(DISTINCT c) AS counted,
         collect(DISTINCT c) AS chains
}
CALL (counted) {
  MATCH (:Region {level: 'PROVINCE'})<-[k:FIRM_COUNT]-(x)
  // A short list (a chain's segments) is tested on every count, a long one (every chain's, for the overview) once
  // per node after the sums: 40,000 counts against 1,300 nodes took twice as long.
  WHERE size(counted) > 100 OR x IN counted
  WITH x, sum(k.firms) AS firms
  WHERE x IN counted
  RETURN collect({key: x.id, firms: firms}) AS country
}
CALL (r, chains) {
  UNWIND chains AS c
  MATCH (c)-[t:FIRM_COUNT]->(r)
  RETURN collect({chain: c.id, firms: t.firms}) AS local
}
RETURN request.region AS region, segments, local, country
