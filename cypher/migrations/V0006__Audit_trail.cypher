// V0006: the audit trail of curation mutations (审计日志): one (:AuditEntry) per change, keyed by a random id, found
// by the thing changed, by who changed it and by time.

CREATE CONSTRAINT audit_entry_id IF NOT EXISTS
FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;

CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityType, a.entityKey);

CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor);

CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
