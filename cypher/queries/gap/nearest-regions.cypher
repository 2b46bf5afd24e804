// The nearest regions that cover the gap segments of a region (缺口环节的就近配套地区): for each segment, the regions
// outside the region whose firms work in it (or below it), nearest first: 1 the cities of the same province (when the
// region is below a province; its own city counts only its firms outside the region), 2 regions that neighbour the
// region or one above it, and the members of cooperation areas it (or one above it) belongs to, 3 every other
// province. Within a tier, more firms first, then the region code. Each region appears once, at its nearest tier.
// The counts are the stored ones (FIRM_COUNT, see firmcount/refresh): a region's firms outside the asked region are
// its count, less the asked region's when the asked region lies inside it (its own city).
// Parameters: $requests, a list of {region: code, segments: [segment ids], limit: regions per segment}; one row per
//             (region, segment) with a list of {region, firms, relation, via} (via: cooperation area names).
// Example:    :param requests => [{region: '36', segments: ['jx-nonferrous/copper-alloy-strip'], limit: 5}]
UNWIND $requests AS q
MATCH (r:Region {code: q.region})
CALL (r) {
  MATCH (r)-[:PART_OF*0..3]->(u:Region)
  RETURN collect(u) AS up
}
CALL (r) {
  MATCH (r)<-[:PART_OF*0..3]-(x:Region)
  RETURN collect(x) AS inside
}
CALL (up) {
  UNWIND up AS u
  MATCH (u)-[:NEIGHBOURS]-(n:Region)
  WHERE NOT n IN up
  RETURN collect(DISTINCT n) AS neighbours
}
CALL (up) {
  UNWIND up AS u
  MATCH (u)-[:MEMBER_OF]->(area:Region)<-[:MEMBER_OF]-(m:Region)
  WHERE NOT m IN up
  // Each area once per member, in name order, so `via` reads the same after any reload (storage order is not).
  WITH DISTINCT m, area.name AS area ORDER BY area
  RETURN collect({member: m, area: area}) AS partners
}
WITH q, r, up, inside, neighbours, partners, [u IN up WHERE u.level = 'PROVINCE' AND u <> r][0] AS province
UNWIND q.segments AS sid
MATCH (g:Segment {id: sid})
OPTIONAL MATCH (g)-[own:FIRM_COUNT]->(r)
CALL (g, r, up, inside, own) {
  MATCH (g)-[k:FIRM_COUNT]->(z:Region)
  WHERE z <> r AND NOT z IN inside AND (NOT z IN up OR z.level = 'CITY')
  RETURN z, k.firms - CASE WHEN z IN up THEN coalesce(own.firms, 0) ELSE 0 END AS firms
}
WITH q, g, z, firms, r, up, neighbours, partners, province WHERE firms > 0
WITH q, g, z, firms, r, up, neighbours, province,
     [p IN partners WHERE p.member = z | p.area] AS via
WITH q, g, z, firms, via,
     CASE
       WHEN province IS NOT NULL AND z.level = 'CITY' AND EXISTS { (z)-[:PART_OF]->(province) } THEN 'SAME_PROVINCE'
       WHEN z IN neighbours THEN 'NEIGHBOUR'
       WHEN size(via) > 0 THEN 'COOPERATION_AREA'
       WHEN z.level = 'PROVINCE' THEN 'OTHER'
     END AS relation
WHERE relation IS NOT NULL
WITH q, g, z, firms, via, relation,
     CASE relation WHEN 'SAME_PROVINCE' THEN 1 WHEN 'OTHER' THEN 3 ELSE 2 END AS tier
ORDER BY tier, firms DESC, z.code
WITH q, g, collect({region: z {.*, parentCode: [(z)-[:PART_OF]->(zp:Region) | zp.code][0]}, firms: firms,
     relation: relation, via: via})[..q.limit] AS items
RETURN q.region AS region, g.id AS segment, items
