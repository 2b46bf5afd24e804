// The clusters a name may mean (按名称或别名查产业集群), at most ten: the clusters of this name (the index
// cluster_name); else those with it as an alias; else those whose name or alias is it with quotes, brackets, spaces
// and 、 left out on both sides and Latin letters in either case, as documents and people write them (樟树中国药都 and
// 樟树“中国药都” for 樟树"中国药都", 京九（江西）电子信息产业带 for 京九(江西)电子信息产业带, 南昌景德镇通航产业综合示范区).
// The punctuation is folded in the comparison only: the name shown is the graph's. More than one of the best kind
// is refused by the API (Names); `matches` says how many there are. Aliases and folded names are compared on every
// cluster, read only when the exact name finds none: clusters are few (tens per province; a few thousand would be
// every cluster named in China's policy documents).
// For cluster(name:) and the cluster filters (ClusterNames).
// Parameters: $name (half width, as given or in simplified characters).
// Example:    :param name => '樟树中国药都'
OPTIONAL MATCH (exact:Cluster {name: $name})
WITH collect(exact) AS exact
CALL (exact) {
  WITH exact WHERE size(exact) > 0
  RETURN exact AS best
  UNION
  WITH exact WHERE size(exact) = 0
  MATCH (c:Cluster)
  WITH c, [s IN [$name, c.name] + coalesce(c.aliases, []) |
         reduce(t = toLower(s), p IN ['"', '“', '”', '＂', "'", '‘', '’', '(', ')', '（', '）', '[', ']', '【', '】',
           '「', '」', '『', '』', '《', '》', '〈', '〉', '<', '>', ' ', '　', '、', '·', '・'] | replace(t, p, ''))]
         AS folded
  WITH c, CASE
    WHEN $name IN coalesce(c.aliases, []) THEN 1
    WHEN folded[0] <> '' AND folded[0] IN folded[1..] THEN 2
  END AS match
  WHERE match IS NOT NULL
  ORDER BY match, c.id
  WITH collect({cluster: c, match: match}) AS found
  RETURN [f IN found WHERE f.match = found[0].match | f.cluster] AS best
}
UNWIND best[..10] AS c
RETURN c {.*} AS item, size(best) AS matches
ORDER BY c.id
