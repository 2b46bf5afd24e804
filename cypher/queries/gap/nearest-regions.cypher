// The nearest regions that cover the gap segments of a region (缺口环节的就近配套地区): for each segment, the regions
// outside the region whose firms work in it (or below it), nearest first: 0 the region's own city (SAME_CITY, when the
// region is below a city: its firms outside the region), 1 the other cities of the same province (when the region is
// below a province), 2 regions that neighbour the region or one above it, and the members of cooperation areas it (or
// one above it) belongs to, 3 every other province. Within a tier, more firms first, then the region code. Each
// region appears once, at its nearest tier.
// Each firm counts in one row: a region leaves out the firms of the regions inside it that are listed on their own
// (广东省 without 深圳市, a cooperation partner of 南康区; 赣州市 without 崇义县, a 湘赣边 member) and names the
// outermost of them in `excluding`, those past the limit too, so its count does not change with the limit; a region
// with no firm left drops out. A city's tier is never farther than its province's, so the firms stay at least as near.
// The counts are the stored ones (FIRM_COUNT, see firmcount/refresh): a region's firms outside the asked region are
// its count, less the asked region's when the asked region lies inside it (its own city).
// Parameters: $requests, a list of {region: code, segments: [segment ids], limit: regions per segment}; one row per
//             (region, segment) with a list of {region, firms, relation, via, excluding} (via: cooperation area
//             names; excluding: the regions inside it whose firms it leaves out).
// Example:    :param requests => [{region: '360703', segments: ['js-iov/communication'], limit: 5}]
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
WITH q, r, up, inside, neighbours, partners, neighbours + [p IN partners | p.member] AS near,
     [u IN up WHERE u.level = 'PROVINCE' AND u <> r][0] AS province
// The cities of the province above the region: the only cities outside it that can be SAME_PROVINCE.
WITH q, r, up, inside, neighbours, partners, near, province,
     CASE WHEN province IS NULL THEN [] ELSE [(c:Region {level: 'CITY'})-[:PART_OF]->(province) | c] END AS cities
// Every region that can be listed: the provinces, those cities, the neighbours and partners (a few dozen).
WITH q, r, up, inside, neighbours, partners, province, cities,
     COLLECT { MATCH (p:Region {level: 'PROVINCE'}) RETURN p } + cities + near AS listable
UNWIND q.segments AS sid
MATCH (g:Segment {id: sid})
OPTIONAL MATCH (g)-[own:FIRM_COUNT]->(r)
CALL (g, r, up, inside, own, listable) {
  MATCH (g)-[k:FIRM_COUNT]->(z:Region)
  // The short list first: it passes over the counties (four in five of a segment's counts) and the cities of other
  // provinces (most of the rest) without reading a property of theirs.
  WHERE z IN listable
    AND z <> r AND NOT z IN inside AND (NOT z IN up OR z.level = 'CITY')
  RETURN z, k.firms - CASE WHEN z IN up THEN coalesce(own.firms, 0) ELSE 0 END AS firms
}
WITH q, g, z, firms, r, up, neighbours, partners, cities WHERE firms > 0
WITH q, g, z, firms, r, up, neighbours, cities,
     [p IN partners WHERE p.member = z | p.area] AS via
WITH q, g, z, firms, via,
     CASE
       WHEN z IN up THEN 'SAME_CITY'
       WHEN z IN cities THEN 'SAME_PROVINCE'
       WHEN z IN neighbours THEN 'NEIGHBOUR'
       WHEN size(via) > 0 THEN 'COOPERATION_AREA'
       WHEN z.level = 'PROVINCE' THEN 'OTHER'
     END AS relation
WHERE relation IS NOT NULL
WITH q, g, collect({code: z.code, up: [(z)-[:PART_OF*1..3]->(a:Region) | a.code], firms: firms, relation: relation,
     via: via, tier: CASE relation WHEN 'SAME_CITY' THEN 0 WHEN 'SAME_PROVINCE' THEN 1 WHEN 'OTHER' THEN 3 ELSE 2 END,
     region: z {.*, parentCode: [(z)-[:PART_OF]->(zp:Region) | zp.code][0]}}) AS found
// A region's firms less those of the outermost found regions inside it (the ones inside those are inside them).
UNWIND found AS f
WITH q, g, f, f.firms - reduce(n = 0, i IN [i IN found WHERE f.code IN i.up
       AND none(j IN found WHERE f.code IN j.up AND j.code IN i.up)] | n + i.firms) AS left
WHERE left > 0
ORDER BY f.tier, left DESC, f.code
WITH q, g, collect(f {.*, firms: left}) AS listed
// Named: the outermost listed regions inside it, in the list's order (a region left with no firm is not listed, and
// its firms are in the regions inside it that are).
RETURN q.region AS region, g.id AS segment,
       [f IN listed[..q.limit] | {region: f.region, firms: f.firms, relation: f.relation, via: f.via,
        excluding: [i IN listed WHERE f.code IN i.up AND none(j IN listed WHERE f.code IN j.up AND j.code IN i.up)
                    | i.region]}] AS items
