// Benchmark inputs: chains, enterprises, segments (with something upstream), search words and (region, chain)
// policy pairs to ask about, drawn across the graph (基准测试样本). Half the enterprises have suppliers or customers
// and most hold something besides their region, so a profile has lists to fill; the words are two-character
// windows of segment names (a few to some hundred hits) and whole firm names (the firm itself first).
// Parameters: $count, how many of each.
// Example:    :param count => 50
CALL () {
  MATCH (c:Chain) RETURN collect(c.id)[..$count] AS chains
}
CALL () {
  MATCH (e:Enterprise)-[:SUPPLIES_TO]->(:Enterprise)
  WITH DISTINCT e LIMIT 5000
  WITH e WHERE rand() < 0.2 RETURN collect(e.id)[..($count / 2)] AS linked
}
CALL () {
  MATCH (e:Enterprise) WITH e ORDER BY e.id SKIP 0 LIMIT 20000
  WITH e WHERE rand() < 0.05 RETURN collect(e.id)[..$count] AS plain
}
CALL () {
  MATCH (s:Segment) WHERE EXISTS { (s)<-[:SUPPLIES]-() }
  RETURN collect(s.id)[..$count] AS segments
}
CALL () {
  MATCH (s:Segment) WHERE size(s.name) >= 3
  WITH s.name AS name, toInteger(rand() * (size(s.name) - 1)) AS at ORDER BY rand() LIMIT $count / 2
  RETURN collect(substring(name, at, 2)) AS segmentWords
}
CALL () {
  MATCH (e:Enterprise) WITH e LIMIT 5000
  WITH e WHERE size(e.name) >= 4 AND rand() < 0.02
  RETURN collect(e.name)[..($count / 2)] AS names
}
CALL () {
  MATCH (r:Region)-[:HAS_POLICY_CHAIN]->(c:Chain)
  RETURN collect(r.code + '|' + c.id)[..$count] AS chainRegions
}
RETURN chains, (linked + plain)[..$count] AS enterprises, segments, segmentWords + names AS words, chainRegions
