// Curation: records that an enterprise works in a segment, or updates that link (企业关联产业链环节); changed is
// false when the link was there with every property given (the change then writes nothing: see Curation).
// Parameters: $enterprise (id), $segment (id), $props ({role, source, quote, illustrative}); $marker, the datasets
//             entry that marks a curated record (kept by --prune).
// Example:    :param enterprise => '600362-sh'
//             :param segment => 'jx-nonferrous/copper-foil'
//             :param props => {role: '主营', source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
MATCH (s:Segment {id: $segment})
OPTIONAL MATCH (e)-[existing:OPERATES_IN]->(s)
WITH e, s, existing IS NOT NULL
     AND all(k IN keys($props) WHERE coalesce(existing[k] = $props[k], existing[k] IS NULL AND $props[k] IS NULL)) AS same
MERGE (e)-[r:OPERATES_IN]->(s)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN e.id AS key, NOT same AS changed
