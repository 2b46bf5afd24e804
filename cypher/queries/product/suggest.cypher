// What a text that names no product may have meant (您是否要找), for a NOT_FOUND answer only: the products whose name
// holds the text (rank 0: 钕铁硼 → 烧结钕铁硼磁钢) or is held in it (rank 1), Latin letters in either case, the
// shorter names first; at most 100, since a product graph holds tens of thousands.
// Parameters: $text.
// Example:    :param text => '钕铁硼磁钢'
MATCH (p:Product)
WITH p, toLower(p.name) AS name, toLower($text) AS text
WITH p, CASE WHEN name CONTAINS text THEN 0 WHEN size(name) >= 2 AND text CONTAINS name THEN 1 END AS rank
WHERE rank IS NOT NULL
RETURN p {.*} AS item, rank
ORDER BY rank, size(p.name), p.name
LIMIT 100
