// Curation: creates or updates one enterprise and the region it is located in, replacing any other region
// (新增或修改企业). Properties given as null are removed, like the loader does for an empty cell.
// Parameters: $key, the enterprise's id; $props, every property (id, name, aliases, creditCode, stockCode, tags,
//             founded, source, quote, illustrative); $regionCode; $provenance ({source, quote, illustrative}) for
//             the LOCATED_IN relationship; $marker, the datasets entry that marks a curated record (kept by --prune).
// Example:    :param key => 'demo-firm'
//             :param props => {id: 'demo-firm', name: '示例·某企业', tags: ['专精特新'], source: 'illustrative', illustrative: true}
//             :param regionCode => '3601'
//             :param provenance => {source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MERGE (e:Enterprise {id: $key})
SET e += $props,
    e.datasets = CASE WHEN $marker IN coalesce(e.datasets, []) THEN e.datasets ELSE coalesce(e.datasets, []) + $marker END
WITH e
CALL (e) {
  MATCH (e)-[old:LOCATED_IN]->(other:Region) WHERE other.code <> $regionCode
  DELETE old
}
WITH e
MATCH (r:Region {code: $regionCode})
MERGE (e)-[l:LOCATED_IN]->(r)
SET l += $provenance,
    l.datasets = CASE WHEN $marker IN coalesce(l.datasets, []) THEN l.datasets ELSE coalesce(l.datasets, []) + $marker END
RETURN e.id AS key
