// Export: whether the curation API changed the graph (导出：是否经 API 维护), for the export's description: an
// entry of the audit trail but a load's (mutation 'load', which a --prune or a load over curated values writes).
// Parameters: none.
// Returns:    curated (true when the trail holds a change of the curation API).
// Example:    MATCH (a:AuditEntry) WHERE a.mutation <> 'load' RETURN a.mutation, a.at LIMIT 5
RETURN EXISTS { MATCH (a:AuditEntry) WHERE a.mutation <> 'load' } AS curated
