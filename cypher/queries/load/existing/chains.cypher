// Which of the given keys name a Chain already in the graph (校验引用: 图中已有的Chain)?
// Parameters: $keys, a list of Chain.id values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:Chain {id: key})
RETURN collect(DISTINCT key) AS found
