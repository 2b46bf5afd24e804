// Curation: designates an enterprise 链主 (领航, 龙头) of a chain on a region's list, or updates that designation
// (认定链主等). The designation and its three links carry the provenance. changed is false when the designation
// held already with every property given, on links with this provenance: re-applying a designation that holds
// (the change then writes nothing: see Curation).
// Parameters: $key (CHAIN_LEADER:<chain>:<region>:<firm>), $props (id, kind, label, by, year, source, quote,
//             illustrative), $enterprise (id), $chain (id), $region (code), $provenance ({source, quote,
//             illustrative}) for the links; $marker, the datasets entry that marks a curated record (kept by --prune).
// Example:    :param key => 'LEADING:jx-nonferrous:36:600362-sh'
//             :param props => {id: 'LEADING:jx-nonferrous:36:600362-sh', kind: 'LEADING', label: '龙头', source: 'illustrative', illustrative: true}
//             :param enterprise => '600362-sh'
//             :param chain => 'jx-nonferrous'
//             :param region => '36'
//             :param provenance => {source: 'illustrative', quote: null, illustrative: true}
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
MATCH (c:Chain {id: $chain})
MATCH (r:Region {code: $region})
OPTIONAL MATCH (old:Designation {id: $key})
OPTIONAL MATCH (e)-[h0:HOLDS]->(old)
OPTIONAL MATCH (old)-[f0:FOR_CHAIN]->(c)
OPTIONAL MATCH (old)-[i0:IN_REGION]->(r)
WITH e, c, r, old IS NOT NULL
     AND all(k IN keys($props) WHERE coalesce(old[k] = $props[k], old[k] IS NULL AND $props[k] IS NULL))
     AND all(link IN [h0, f0, i0] WHERE link IS NOT NULL
       AND all(k IN keys($provenance) WHERE coalesce(link[k] = $provenance[k], link[k] IS NULL AND $provenance[k] IS NULL))) AS same
MERGE (d:Designation {id: $key})
SET d += $props,
    d.datasets = CASE WHEN $marker IN coalesce(d.datasets, []) THEN d.datasets ELSE coalesce(d.datasets, []) + $marker END
MERGE (e)-[h:HOLDS]->(d)
SET h += $provenance,
    h.datasets = CASE WHEN $marker IN coalesce(h.datasets, []) THEN h.datasets ELSE coalesce(h.datasets, []) + $marker END
MERGE (d)-[f:FOR_CHAIN]->(c)
SET f += $provenance,
    f.datasets = CASE WHEN $marker IN coalesce(f.datasets, []) THEN f.datasets ELSE coalesce(f.datasets, []) + $marker END
MERGE (d)-[i:IN_REGION]->(r)
SET i += $provenance,
    i.datasets = CASE WHEN $marker IN coalesce(i.datasets, []) THEN i.datasets ELSE coalesce(i.datasets, []) + $marker END
RETURN d.id AS key, NOT same AS changed
