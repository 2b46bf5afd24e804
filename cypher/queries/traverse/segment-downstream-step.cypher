// One hop downstream over SUPPLIES between segments (环节): for each key of the frontier, what it feeds directly (下游一跳).
// Parameters: $keys, the frontier's Segment.id values.
// Example:    :param keys => ['jx-nonferrous/copper-foil']
UNWIND $keys AS key
MATCH (:Segment {id: key})-[:SUPPLIES]->(next:Segment)
RETURN key, next.id AS next
ORDER BY key, next
