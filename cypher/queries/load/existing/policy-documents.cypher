// Which of the given keys name a PolicyDocument already in the graph (校验引用: 图中已有的PolicyDocument)?
// Parameters: $keys, a list of PolicyDocument.id values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:PolicyDocument {id: key})
RETURN collect(DISTINCT key) AS found
