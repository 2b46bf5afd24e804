// Links listed companies to their main products (写入企业主营产品): (:Enterprise)-[:MAKES {weight}]->(:Product).
// weight is the product's share of revenue as the data set gives it (accounting lines such as 分部间抵销 are
// negative). One relationship per pair; one another source wrote keeps its source and weight (chainkgSource is added).
// Parameters: $rows, a list of {from, to, weight, source}: from the enterprise id, to the product name; weight may
//   be null; both nodes already written.
// Example: :param rows => [{from: '600362-sh', to: '阴极铜', weight: 0.62, source: 'chainkg:company_product.json:1'}]
// Returns how many rows were written (a row whose nodes are missing is not), created and changed.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.from})
MATCH (p:Product {name: row.to})
WITH row, e, p, [(e)-[old:MAKES]->(p) | properties(old)][0] AS before
WITH row, e, p, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (e)-[r:MAKES]->(p)
SET r += CASE
  WHEN owned THEN {weight: row.weight, source: row.source, chainkgSource: null}
  ELSE {weight: coalesce(r.weight, row.weight), chainkgSource: row.source}
END
WITH before, properties(r) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
