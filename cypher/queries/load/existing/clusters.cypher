// Which of the given keys name a Cluster already in the graph (校验引用: 图中已有的Cluster)?
// Parameters: $keys, a list of Cluster.id values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:Cluster {id: key})
RETURN collect(DISTINCT key) AS found
