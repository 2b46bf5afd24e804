// Which of the given keys name a Segment already in the graph (校验引用: 图中已有的Segment)?
// Parameters: $keys, a list of Segment.id values.
// Example:    :param keys => ['36', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (n:Segment {id: key})
RETURN collect(DISTINCT key) AS found
