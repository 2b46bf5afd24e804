// Curation: records that an enterprise works in a segment, or updates that link (企业关联产业链环节).
// Parameters: $enterprise (id), $segment (id), $props ({role, source, quote, illustrative}); $marker, the datasets
//             entry that marks a curated record (kept by --prune).
// Example:    :param enterprise => '600362-sh'
//             :param segment => 'jx-nonferrous/copper-foil'
//             :param props => {role: '主营', source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
MATCH (s:Segment {id: $segment})
MERGE (e)-[r:OPERATES_IN]->(s)
SET r += $props,
    r.datasets = CASE WHEN $marker IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $marker END
RETURN e.id AS key
