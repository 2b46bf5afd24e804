// The node whose write lock schema migrations take turns on (结构迁移锁): created once, here, in its own transaction;
// two instances starting together on a new store may each create one, and then both lock the first (take-migration-lock).
// Also announces, before anything is applied, the level the migrations lead to: from then on an older ChainGraph
// writes nothing (newer-migrations), not only once they are recorded. The level only ever rises.
// Written by SchemaMigrator only; not for hand use. Parameters: $level (integer: the migrating instance's highest).
MERGE (l:SchemaMigrationLock {id: 'chaingraph'})
SET l.level = CASE WHEN coalesce(l.level, 0) < $level THEN $level ELSE l.level END
