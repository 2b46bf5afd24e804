// The products a name may mean (按名称查产品), at most ten: the product of this name; else, for a name written in
// other case (cob光源, NB-IOT智能水表), the products whose name is it in either case. More than one means the name
// is ambiguous (two products whose names differ only in case), which the API (Names) refuses naming them rather than
// pick one; `matches` says how many there are. The name is the products' key: the exact name is one index read; the
// names in either case are read only when it finds nothing (on ChainKnowledgeGraph's 20,000 products, a scan of them).
// Parameters: $name.
// Example:    :param name => 'cob光源'
OPTIONAL MATCH (exact:Product {name: $name})
CALL (exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN [exact] AS found
  UNION
  WITH exact WHERE exact IS NULL
  MATCH (p:Product) WHERE toLower(p.name) = toLower($name)
  WITH p ORDER BY p.name
  RETURN collect(p) AS found
}
UNWIND found[..10] AS p
RETURN p {.*} AS item, size(found) AS matches
