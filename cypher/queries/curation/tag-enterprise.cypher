// Curation: sets an enterprise's tags (修改企业标签); changed is false when it had these already, in this order (the
// change then writes nothing: see Curation).
// Parameters: $enterprise (id), $tags (the whole new list, null for none); $marker, the datasets entry that marks a
//             curated record (kept by --prune).
// Example:    :param enterprise => '600362-sh'
//             :param tags => ['上市', '链主']
//             :param marker => 'curation:api'
MATCH (e:Enterprise {id: $enterprise})
WITH e, coalesce(e.tags = $tags, e.tags IS NULL AND $tags IS NULL) AS same
SET e.tags = $tags,
    e.datasets = CASE WHEN $marker IN coalesce(e.datasets, []) THEN e.datasets ELSE coalesce(e.datasets, []) + $marker END
RETURN e.id AS key, NOT same AS changed
