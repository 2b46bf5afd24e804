// Writes product supply links, upstream to downstream (写入产品上下游供应关系): (up:Product)-[:SUPPLIES]->(down:Product).
// The data set states them as 上游材料 (to is an upstream material of from) and 下游产品 (to is a downstream
// product of from); the loader turns both into this one direction and de-duplicates them before this query.
// Parameters: $rows, a list of {from, to, source}: from the upstream product's name, to the downstream one's.
// Example: :param rows => [{from: '铜精矿', to: '阴极铜', source: 'chainkg:product_product.json:5'}]
// Returns how many rows were written (a row whose products are missing is not), created and changed.
UNWIND $rows AS row
MATCH (up:Product {name: row.from})
MATCH (down:Product {name: row.to})
WITH row, up, down, [(up)-[old:SUPPLIES]->(down) | properties(old)][0] AS before
WITH row, up, down, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (up)-[r:SUPPLIES]->(down)
SET r += CASE WHEN owned THEN {source: row.source, chainkgSource: null} ELSE {chainkgSource: row.source} END
WITH before, properties(r) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
