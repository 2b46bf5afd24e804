// What curation removed through the API (经 API 删除的数据), oldest first: the loader checks a data set against it, so that
// a reload does not silently bring back a link, firm or designation a curator took out with a source. Read at the
// start of the load's transaction and again before its commit: the entries (by id) the first read did not see were
// recorded while the load ran (load/take-back-removed).
// Parameters: $mutations, the names of the removing mutations.
// Example:    :param mutations => ['unlinkEnterpriseFromSegment', 'unlinkEnterpriseFromProduct', 'removeSupplyRelation', 'removeEnterprise', 'revokeDesignation']
MATCH (a:AuditEntry)
WHERE a.mutation IN $mutations
RETURN a.id AS id, a.mutation AS mutation, a.entityKey AS entityKey, a.before AS before, toString(a.at) AS at, a.actor AS actor,
       a.source AS source
ORDER BY a.at, a.id
