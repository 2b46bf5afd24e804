// Which of the given keys name a Enterprise already in the graph (校验引用: 图中已有的Enterprise)?
// Parameters: $keys, a list of Enterprise.id values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:Enterprise {id: key})
RETURN collect(DISTINCT key) AS found
