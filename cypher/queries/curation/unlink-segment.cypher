// Curation: removes an enterprise's link to a segment (解除企业与环节的关联) and returns what the link held, for the
// audit entry; no row when there is no such link.
// Parameters: $enterprise (id), $segment (id).
// Example:    :param enterprise => '600362-sh'
//             :param segment => 'jx-nonferrous/copper-foil'
MATCH (:Enterprise {id: $enterprise})-[r:OPERATES_IN]->(s:Segment {id: $segment})
WITH r, r {.*, segment: s.id} AS removed
DELETE r
RETURN removed
