// --prune: the firms it is about to delete that have an audit trail (已有审计记录、将被清理的企业): the curation API
// changed them without making them its own (a link an analyst added or removed), so only this data set lists them.
// The loader records each firm as it is before the prune (curation/enterprise-snapshot) and, once the prune deleted
// it, writes the trail's last entry (mutation load), so that trail does not just end. The same firms as
// load/prune-nodes deletes: this data set's alone, not stated by the ChainKnowledgeGraph import, no longer listed.
// Parameters: $dataset, the data set's id; $keep, the firm ids it lists now.
// Returns:    key, one row per firm, by id.
// Example:    :param dataset => 'example'
//             :param keep => ['600362-sh']
MATCH (n:Enterprise)
WHERE $dataset IN coalesce(n.datasets, []) AND NOT n.id IN $keep
  AND size([d IN n.datasets WHERE d <> $dataset]) = 0 AND n.chainkgSource IS NULL
  // a firm's trail takes its designations in, as auditTrail reads it (curation/audit-page)
  AND (EXISTS { MATCH (a:AuditEntry {entityType: 'Enterprise', entityKey: n.id}) }
       OR EXISTS { MATCH (a:AuditEntry {entityType: 'Designation'}) WHERE a.entityKey ENDS WITH ':' + n.id })
RETURN n.id AS key
ORDER BY key
