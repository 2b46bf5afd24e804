// Waits until every index and constraint is online, e.g. after the schema of a freshly imported store (等待索引就绪).
// Parameters: $seconds, how long to wait at most (fails after that).
// Try in Neo4j Browser: :param seconds => 300
CALL db.awaitIndexes($seconds)
