// 补链 targets (补链招商目标企业): firms outside the region that work in one of its MISSING or WEAK segments (in it or
// below it), each with the facts its score is built from, best first, one page, and how many there are.
// Which gaps a firm fills: the gap segments its segments roll up to, keeping the most specific ones (a gap is dropped
// when the firm also fills a gap below it). The score is the sum of the weights of the reasons that apply (see
// README "补链 targets"): the gap it fills (a MISSING one outweighs a WEAK one), each further gap it fills, 链主 or
// 龙头/领航 of this chain, its tags (a tag naming a designation it holds for this chain, 龙头 beside a 龙头 designation,
// adds nothing: one fact, one weight), where it is (one weight, the largest that applies: the same city, the same
// province, a neighbouring region or a cooperation area partner; a neighbour that is a partner too is no nearer than
// a city of the same province), and supply links with firms of the region. Ties go by the firm's key, so pages are stable.
// Parameters: $chain (chain id), $region (region code), $missing and $weak (segment ids of the gaps, whole tree),
//             $gapAncestors (map: gap segment id -> the gap segments above it), $w (map of weights: missing, weak,
//             additionalGap, maxAdditionalGaps, chainLeader, leadingFirm, sameCity, sameProvince, neighbour,
//             cooperationArea,
//             suppliesRegion, buysFromRegion), $tagWeights (map: tag -> weight), $tagKinds (map: a tag naming a
//             designation -> its kind: 龙头 -> LEADING), filters $tags (all of them),
//             $province (code), $segments (the gap segments at or below the filter's segment: fills one of them)
//             — null for none; $afterScore, $afterKey (the last item of
//             the previous page, or null); $limit.
// Example:    :param chain => 'jx-nonferrous'  :param region => '36'
//             :param missing => ['jx-nonferrous/copper-alloy-strip']  :param weak => ['jx-nonferrous/cobalt-salt']
//             :param gapAncestors => {}  :param tags => null  :param province => null  :param segments => null
//             :param w => {missing: 40, weak: 20, additionalGap: 10, maxAdditionalGaps: 3, chainLeader: 30,
//                          leadingFirm: 15, sameCity: 20, sameProvince: 15, neighbour: 10, cooperationArea: 10,
//                          suppliesRegion: 20, buysFromRegion: 15}
//             :param tagWeights => {`单项冠军`: 25, `专精特新小巨人`: 20, `专精特新`: 10, `上市`: 10, `龙头`: 10}
//             :param tagKinds => {`链主`: 'CHAIN_LEADER', `领航`: 'NAVIGATOR', `龙头`: 'LEADING'}
//             :param afterScore => null  :param afterKey => null  :param limit => 20
MATCH (c:Chain {id: $chain})
MATCH (r:Region {code: $region})
CALL (r) {
  MATCH (r)-[:PART_OF*0..3]->(u:Region)
  RETURN collect(u) AS up
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
  // In name order, so a firm's areas read the same after any reload (storage order is not).
  WITH DISTINCT m, area.name AS area ORDER BY area
  WITH collect({member: m, area: area}) AS partners
  RETURN partners,
         reduce(names = [], p IN partners | CASE WHEN p.area IN names THEN names ELSE names + p.area END) AS areaNames
}
WITH c, r, neighbours, partners, areaNames, [u IN up WHERE u.level = 'PROVINCE' AND u <> r][0] AS province,
     [u IN up WHERE u.level = 'CITY' AND u <> r][0] AS city
CALL (c, r, neighbours, partners, areaNames, province, city) {
  UNWIND $missing + $weak AS gap
  MATCH (:Segment {id: gap})<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
  WITH e, collect(DISTINCT gap) AS filled
  MATCH (e)-[:LOCATED_IN]->(y:Region)
  WITH e, y, filled, [(y)-[:PART_OF*0..3]->(a:Region) | a] AS ys
  WHERE NOT r IN ys
    AND ($segments IS NULL OR any(g IN filled WHERE g IN $segments))
    AND ($tags IS NULL OR all(t IN $tags WHERE t IN coalesce(e.tags, [])))
    AND ($province IS NULL OR any(a IN ys WHERE a.code = $province))
  WITH e, y, ys, [g IN filled WHERE none(h IN filled WHERE g IN coalesce($gapAncestors[h], []))] AS fills
  WITH e, y, ys, fills,
       [g IN fills WHERE g IN $missing] AS fillsMissing,
       // Its designations for this chain, each with whether it is made up for the demo: the reason says so.
       [(e)-[:HOLDS]->(d:Designation)-[:FOR_CHAIN]->(c)
        | {kind: d.kind, illustrative: d.illustrative = true OR d.source = 'illustrative'}] AS held
  WITH e, y, fills, fillsMissing, held,
       [h IN held WHERE h.kind = 'CHAIN_LEADER' | h.illustrative] AS leaderMarks,
       [h IN held WHERE h.kind IN ['NAVIGATOR', 'LEADING'] | h.illustrative] AS leadingMarks,
       [t IN coalesce(e.tags, []) WHERE coalesce($tagWeights[t], 0) <> 0
          AND NOT coalesce($tagKinds[t], '') IN [h IN held | h.kind]] AS weightedTags,
       city IS NOT NULL AND city IN ys AS sameCity,
       province IS NOT NULL AND province IN ys AS sameProvince,
       [a IN ys WHERE a IN neighbours | a.name] AS nearBy,
       [a IN areaNames WHERE any(p IN partners WHERE p.area = a AND p.member IN ys)] AS areas,
       EXISTS { (e)-[:SUPPLIES_TO]->(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) } AS suppliesRegion,
       EXISTS { (e)<-[:SUPPLIES_TO]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) } AS buysFromRegion
  WITH e, y, fills, fillsMissing, size(leaderMarks) > 0 AS chainLeader,
       size(leaderMarks) > 0 AND all(m IN leaderMarks WHERE m) AS chainLeaderIllustrative,
       size(leadingMarks) > 0 AS leadingFirm, size(leadingMarks) > 0 AND all(m IN leadingMarks WHERE m) AS leadingFirmIllustrative,
       weightedTags, sameCity, sameProvince, nearBy, areas, suppliesRegion, buysFromRegion,
       CASE WHEN size(fillsMissing) > 0 THEN $w.missing ELSE $w.weak END
       + $w.additionalGap * CASE WHEN size(fills) - 1 < $w.maxAdditionalGaps THEN size(fills) - 1 ELSE $w.maxAdditionalGaps END
       + CASE WHEN size(leaderMarks) > 0 THEN $w.chainLeader ELSE 0 END
       + CASE WHEN size(leadingMarks) > 0 THEN $w.leadingFirm ELSE 0 END
       + reduce(s = 0, t IN weightedTags | s + $tagWeights[t])
       + reduce(best = 0, near IN [CASE WHEN sameCity THEN $w.sameCity ELSE 0 END,
                                   CASE WHEN sameProvince THEN $w.sameProvince ELSE 0 END,
                                   CASE WHEN size(nearBy) > 0 THEN $w.neighbour ELSE 0 END,
                                   CASE WHEN size(areas) > 0 THEN $w.cooperationArea ELSE 0 END]
                | CASE WHEN near > best THEN near ELSE best END)
       + CASE WHEN suppliesRegion THEN $w.suppliesRegion ELSE 0 END
       + CASE WHEN buysFromRegion THEN $w.buysFromRegion ELSE 0 END AS score
  RETURN collect({e: e, regionCode: y.code, score: score, fills: fills, fillsMissing: fillsMissing,
                  chainLeader: chainLeader, chainLeaderIllustrative: chainLeaderIllustrative, leadingFirm: leadingFirm,
                  leadingFirmIllustrative: leadingFirmIllustrative, tags: weightedTags, sameCity: sameCity, cityName: city.name, sameProvince: sameProvince,
                  neighbours: nearBy, areas: areas, provinceName: province.name, suppliesRegion: suppliesRegion,
                  buysFromRegion: buysFromRegion}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  WITH row
  WHERE $afterKey IS NULL OR row.score < $afterScore OR row.score = $afterScore AND row.e.id > $afterKey
  WITH row ORDER BY row.score DESC, row.e.id
  LIMIT $limit
  RETURN collect(row) AS page
}
CALL (page, r) {
  UNWIND page AS row
  WITH row, row.e AS e
  RETURN collect(row {.*, e: e {.*, regionCode: row.regionCode},
    customers: COLLECT { MATCH (e)-[:SUPPLIES_TO]->(k:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r)
                         RETURN DISTINCT k.name AS name ORDER BY name },
    suppliers: COLLECT { MATCH (e)<-[:SUPPLIES_TO]-(k:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r)
                         RETURN DISTINCT k.name AS name ORDER BY name }}) AS items
}
RETURN size(rows) AS total, items
