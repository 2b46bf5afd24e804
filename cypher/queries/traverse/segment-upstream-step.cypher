// One hop upstream over SUPPLIES between segments (环节): for each key of the frontier, what feeds it directly (上游一跳).
// The API walks hop by hop (breadth first), so every reached node gets its hop count and one shortest path, and a
// request runs at most maxHops statements however large the graph.
// Parameters: $keys, the frontier's Segment.id values.
// Example:    :param keys => ['jx-nonferrous/copper-foil']
UNWIND $keys AS key
MATCH (:Segment {id: key})<-[:SUPPLIES]-(next:Segment)
RETURN key, next.id AS next
ORDER BY key, next
