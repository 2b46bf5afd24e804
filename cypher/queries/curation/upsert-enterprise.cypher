// Curation: creates or updates one enterprise and the region it is located in, replacing any other region
// (新增或修改企业). Properties given as null are removed, like the loader does for an empty cell. changed is false
// when the firm was there with every property given, in this region alone, by a link with this provenance (the
// change then writes nothing: see Curation).
// Parameters: $key, the enterprise's id; $props, every property (id, name, aliases, creditCode, stockCode, tags,
//             founded, source, quote, illustrative); $regionCode; $provenance ({source, quote, illustrative}) for
//             the LOCATED_IN relationship; $marker, the datasets entry that marks a curated record (kept by --prune).
// Example:    :param key => 'demo-firm'
//             :param props => {id: 'demo-firm', name: '示例·某企业', tags: ['专精特新'], source: 'illustrative', illustrative: true}
//             :param regionCode => '3601'
//             :param provenance => {source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
OPTIONAL MATCH (before:Enterprise {id: $key})
WITH before IS NOT NULL
     AND all(k IN keys($props) WHERE coalesce(before[k] = $props[k], before[k] IS NULL AND $props[k] IS NULL)) AS same
MERGE (e:Enterprise {id: $key})
SET e += $props,
    e.datasets = CASE WHEN $marker IN coalesce(e.datasets, []) THEN e.datasets ELSE coalesce(e.datasets, []) + $marker END
WITH e, same
CALL (e) {
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(other:Region) WHERE other.code <> $regionCode
  DELETE old
  RETURN count(old) AS moved
}
WITH e, same AND moved = 0 AS same
MATCH (r:Region {code: $regionCode})
OPTIONAL MATCH (e)-[existing:LOCATED_IN]->(r)
WITH e, r, same AND existing IS NOT NULL
     AND all(k IN keys($provenance) WHERE coalesce(existing[k] = $provenance[k], existing[k] IS NULL AND $provenance[k] IS NULL)) AS same
MERGE (e)-[l:LOCATED_IN]->(r)
SET l += $provenance,
    l.datasets = CASE WHEN $marker IN coalesce(l.datasets, []) THEN l.datasets ELSE coalesce(l.datasets, []) + $marker END
RETURN e.id AS key, NOT same AS changed
