// Takes the schema migrations' lock (获取结构迁移锁): the write lock on the lock node, held while this transaction stays
// open and released when it ends (rolled back, or cut off with a dead instance's connection); an instance that runs
// this while another holds the lock waits here. Nothing it sets is kept: the lock is the open transaction.
// Written by SchemaMigrator only; not for hand use. Parameters: $owner (process id @ host: who holds the lock, in
// SHOW TRANSACTIONS YIELD parameters while it does).
MATCH (l:SchemaMigrationLock)
WITH l ORDER BY elementId(l) LIMIT 1
SET l.owner = $owner
RETURN l.owner AS owner
