// Which of the given keys name a Region already in the graph (校验引用: 图中已有的Region)?
// Parameters: $keys, a list of Region.code values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:Region {code: key})
RETURN collect(DISTINCT key) AS found
