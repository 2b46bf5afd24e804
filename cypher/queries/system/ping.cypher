// Is the database answering? (数据库连通性检查)
// Parameters: none.
RETURN 1 AS ok
