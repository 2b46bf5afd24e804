// The node whose write lock schema migrations take turns on (结构迁移锁): created once, here, in its own transaction;
// two instances starting together on a new store may each create one, and then both lock the first (take-migration-lock).
// Written by SchemaMigrator only; not for hand use. Parameters: none.
MERGE (:SchemaMigrationLock {id: 'chaingraph'})
