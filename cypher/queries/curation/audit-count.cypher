// Curation: how many audit entries match a filter (审计记录总数). Null parameters do not filter.
// Parameters: $entityType (null: a key of any type), $entityKey (the changed thing), $actor (the token's name),
//             $since (a datetime, the first listed), $until (a datetime, the first not listed), $mutations (names).
// Example:    :param entityType => 'Enterprise'
//             :param entityKey => '600362-sh'
//             :param actor => null
//             :param since => null
//             :param until => null
//             :param mutations => null
MATCH (a:AuditEntry)
WHERE ($entityKey IS NULL OR ($entityType IS NULL OR a.entityType = $entityType) AND a.entityKey = $entityKey
       // a firm's trail takes its designations in (their keys end with the firm's: CHAIN_LEADER:<chain>:<region>:<firm>)
       OR coalesce($entityType, 'Enterprise') = 'Enterprise' AND a.entityType = 'Designation'
          AND a.entityKey ENDS WITH ':' + $entityKey)
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($since IS NULL OR a.at >= $since)
  AND ($until IS NULL OR a.at < $until)
  AND ($mutations IS NULL OR a.mutation IN $mutations)
RETURN count(a) AS total
