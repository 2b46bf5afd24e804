// Benchmark inputs: chains, enterprises and segments (with something upstream) to ask about, drawn across the
// graph (基准测试样本).
// Parameters: $count, how many of each.
// Example:    :param count => 50
CALL () {
  MATCH (c:Chain) RETURN collect(c.id)[..$count] AS chains
}
CALL () {
  MATCH (e:Enterprise) WITH e ORDER BY e.id SKIP 0 LIMIT 20000
  WITH e WHERE rand() < 0.05 RETURN collect(e.id)[..$count] AS enterprises
}
CALL () {
  MATCH (s:Segment) WHERE EXISTS { (s)<-[:SUPPLIES]-() }
  RETURN collect(s.id)[..$count] AS segments
}
CALL () {
  MATCH (e:Enterprise) WITH e LIMIT 5000
  WITH e WHERE size(e.name) >= 4 AND rand() < 0.02
  RETURN collect(substring(e.name, 0, 2))[..$count] AS words
}
RETURN chains, enterprises, segments, words
