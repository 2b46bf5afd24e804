// Where this Neo4j keeps its store: its home folder and its data folder (数据库存储位置).
// Parameters: $names, the two settings (server.directories.neo4j_home, server.directories.data).
// ./chaingraph load asks the Neo4j on the embedded Bolt address, to write through it only when it is the service of
// the store the load is for. Try in Neo4j Browser: :param names => ['server.directories.neo4j_home', 'server.directories.data']
SHOW SETTINGS $names YIELD name, value
RETURN name, value
