// Curation: how many audit entries match a filter (审计记录总数). Null parameters do not filter.
// Parameters: $entityType, $entityKey (the changed thing), $actor (the token's name), $since (a datetime), $mutations (names).
// Example:    :param entityType => 'Enterprise'
//             :param entityKey => '600362-sh'
//             :param actor => null
//             :param since => null
//             :param mutations => null
MATCH (a:AuditEntry)
WHERE ($entityKey IS NULL OR (a.entityType = $entityType AND a.entityKey = $entityKey))
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($since IS NULL OR a.at >= $since)
  AND ($mutations IS NULL OR a.mutation IN $mutations)
RETURN count(a) AS total
