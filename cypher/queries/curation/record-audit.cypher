// Curation: records one change in the audit trail, in the change's own transaction (记录审计日志).
// Parameters: $entry, {id, actor, mutation, arguments (JSON), source, quote, entityType, entityKey, before (JSON or
//             null), after (JSON or null)}; the time is the transaction's.
// Example:    :param entry => {id: 'b7c1…', actor: 'analyst', mutation: 'tagEnterprise', arguments: '{}', source: 'illustrative', entityType: 'Enterprise', entityKey: '600362-sh', before: '{}', after: '{}'}
CREATE (a:AuditEntry)
SET a = $entry, a.at = datetime()
RETURN a {.*} AS item
