// Benchmark baseline (direct Cypher): everything up to three supply links upstream of a segment, with the hop
// count (基准测试：上游三跳).
// Parameters: $key, a segment id.
// Example:    :param key => 'jx-nonferrous/copper-foil'
MATCH (start:Segment {id: $key})
MATCH p = (start)<-[:SUPPLIES*1..3]-(n:Segment)
WITH n, min(length(p)) AS hops
RETURN n.id AS key, n.name AS name, hops
ORDER BY hops, key
