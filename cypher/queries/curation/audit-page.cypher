// Curation: one page of the audit trail, newest first, after a keyset cursor (审计记录分页).
// Parameters: $entityType (null: a key of any type), $entityKey (the changed thing), $actor (the token's name),
//             $since (a datetime, the first listed), $until (a datetime, the first not listed), $mutations (names)
//             — null does not filter; $afterAt and $afterId, the cursor's (time, id), null for the first page; $limit.
// Example:    :param entityType => null
//             :param entityKey => null
//             :param actor => 'analyst'
//             :param since => null
//             :param until => null
//             :param mutations => null
//             :param afterAt => null
//             :param afterId => null
//             :param limit => 21
MATCH (a:AuditEntry)
WHERE ($entityKey IS NULL OR ($entityType IS NULL OR a.entityType = $entityType) AND a.entityKey = $entityKey
       // a firm's trail takes its designations in (their keys end with the firm's: CHAIN_LEADER:<chain>:<region>:<firm>)
       OR coalesce($entityType, 'Enterprise') = 'Enterprise' AND a.entityType = 'Designation'
          AND a.entityKey ENDS WITH ':' + $entityKey)
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($since IS NULL OR a.at >= $since)
  AND ($until IS NULL OR a.at < $until)
  AND ($mutations IS NULL OR a.mutation IN $mutations)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a {.*} AS item
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
