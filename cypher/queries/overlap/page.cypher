// What the pages of a regional-overlap answer show (区域重合度分页数据), in one statement for the whole response:
// - segments: the full data of the segments $segments (ids), for the rows of the pages asked for;
// - gaps: for each row of $gaps, a page of the firms a region offers for another region's gap (补链互补): the firms
//   located in the region or its sub-regions (PART_OF, up to three levels) that operate in the segment or its
//   sub-segments, each once, by name (nameKey: 拼音 order) then id, after the firm (afterNameKey, afterKey) when given, at most limit of
//   them; total counts them all; the row's index comes back as given.
// The first page (at most five firms, no cursor) and every page of a pair with five firms or fewer come from the
// stored count of the pair (FIRM_COUNT: firms, and firstFirms, the first five by nameKey then id; see
// firmcount/refresh); no stored count means no firm. Other pages read the firms from whichever side is smaller,
// judged by degrees (no firm read): the segment's subtree (OPERATES_IN, skipping sub-segments without a stored count
// for the region) or the region's subtree (LOCATED_IN); the region test on the segment's side is a membership in the
// region's subtree, read once per region, not a PART_OF walk per firm.
// Parameters: $segments, segment ids; $gaps, a list of {index: any number, segment: segment id, region: region
//             code, limit: firms to return, afterNameKey, afterKey: the last firm of the previous page, or null}.
// Example:    :param segments => ['js-biomed/generics']
//             :param gaps => [{index: 0, segment: 'js-biomed/generics', region: '32', limit: 6, afterNameKey: null,
//                              afterKey: null}]
CALL () {
  UNWIND $segments AS key
  MATCH (s:Segment {id: key})
  OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
  RETURN collect(s {.*, parentId: p.id}) AS segments
}
CALL () {
  CALL () {
    UNWIND $gaps AS gap
    WITH gap.region AS code, collect(DISTINCT gap.segment) AS ids
    MATCH (r:Region {code: code})
    CALL (ids) {
      UNWIND ids AS id
      MATCH (s:Segment {id: id})
      RETURN collect(s) AS gaps
    }
    CALL (r, gaps) {
      // The region's stored counts of these segments, from its side: one pass over its counts.
      MATCH (r)<-[k:FIRM_COUNT]-(s)
      WHERE s IN gaps
      RETURN collect({segment: s.id, count: k}) AS counts
    }
    CALL (r) {
      MATCH (r)<-[:PART_OF*0..3]-(x:Region)
      RETURN collect(x) AS regions, sum(COUNT { (x)<-[:LOCATED_IN]-() }) AS regionSide
    }
    RETURN collect({code: code, region: r, regions: regions, regionSide: regionSide, counts: counts}) AS covering
  }
  UNWIND $gaps AS gap
  WITH gap, [c IN covering WHERE c.code = gap.region][0] AS covering
  MATCH (s:Segment {id: gap.segment})
  WITH gap, covering, s, [c IN covering.counts WHERE c.segment = gap.segment][0].count AS k
  WITH gap, covering, s, k,
       k.firstFirms IS NOT NULL AND ((gap.afterKey IS NULL AND gap.limit <= 6) OR k.firms <= 5) AS stored
  CALL (gap, covering, s, k, stored) {
    // The first page, or any page of five firms or fewer: the stored first firms.
    WITH k WHERE stored
    CALL (k) {
      UNWIND k.firstFirms AS id
      MATCH (e:Enterprise {id: id})
      RETURN collect(e) AS found
    }
    RETURN found, k.firms AS total
    UNION ALL
    // Other pages: the firms themselves, from the smaller side.
    WITH s, k, stored, covering WHERE k IS NOT NULL AND NOT stored
    CALL (s, covering) {
      WITH s, covering.region AS r
      MATCH (s)<-[:SUB_SEGMENT_OF*0..]-(t:Segment)
      WHERE t = s OR EXISTS { (t)-[:FIRM_COUNT]->(r) }
      RETURN collect(t) AS segments, sum(COUNT { (t)<-[:OPERATES_IN]-() }) AS segmentSide
    }
    CALL (segments, segmentSide, covering) {
      CALL (segments, segmentSide, covering) {
        UNWIND CASE WHEN segmentSide <= covering.regionSide THEN segments ELSE [] END AS t
        MATCH (t)<-[:OPERATES_IN]-(e)-[:LOCATED_IN]->(x)
        WHERE x IN covering.regions
        RETURN e
        UNION
        UNWIND CASE WHEN segmentSide <= covering.regionSide THEN [] ELSE covering.regions END AS x
        MATCH (x)<-[:LOCATED_IN]-(e)-[:OPERATES_IN]->(t)
        WHERE t IN segments
        RETURN e
      }
      RETURN collect(e) AS found
    }
    RETURN found, size(found) AS total
    UNION ALL
    // No stored count: the region has no firm there.
    WITH k WHERE k IS NULL
    RETURN [] AS found, 0 AS total
  }
  CALL (gap, found) {
    UNWIND found AS e
    WITH gap, e
    WHERE gap.afterKey IS NULL OR e.nameKey > gap.afterNameKey OR (e.nameKey = gap.afterNameKey AND e.id > gap.afterKey)
    WITH e ORDER BY e.nameKey, e.id
    RETURN collect(e) AS later
  }
  WITH gap, total, later[..gap.limit] AS page
  RETURN collect({index: gap.index, total: total,
                  firms: [e IN page | e {.*, regionCode: head([(e)-[:LOCATED_IN]->(x:Region) | x.code])}]}) AS gaps
}
RETURN segments, gaps
