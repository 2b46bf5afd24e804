// --prune's guard: how many links of one type between two labels this data set loaded before, asked only of a links
// table that is missing or empty now (a renamed or emptied enterprise-segments.csv would take every one of them).
// Parameters: $type, $fromLabel, $toLabel, $dataset.
// Returns:    before (relationships whose datasets list names $dataset).
// Example:    :param type => 'OPERATES_IN'
//             :param fromLabel => 'Enterprise'
//             :param toLabel => 'Segment'
//             :param dataset => 'example'
MATCH (:$($fromLabel))-[r:$($type)]->(:$($toLabel))
WHERE $dataset IN coalesce(r.datasets, [])
RETURN count(r) AS before
