// Writes product sub-categories (写入产品小类关系): (sub:Product)-[:SUB_PRODUCT_OF]->(category:Product).
// The data set's 产品小类 says "to is a sub-category of from"; the loader passes to as from here.
// Parameters: $rows, a list of {from, to, source}: from the sub-category's name, to the category's.
// Example: :param rows => [{from: '铜箔', to: '铜材', source: 'chainkg:product_product.json:9'}]
// Returns how many rows were written (a row whose products are missing is not), created and changed.
UNWIND $rows AS row
MATCH (sub:Product {name: row.from})
MATCH (category:Product {name: row.to})
WITH row, sub, category, [(sub)-[old:SUB_PRODUCT_OF]->(category) | properties(old)][0] AS before
WITH row, sub, category, before,
     before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (sub)-[r:SUB_PRODUCT_OF]->(category)
SET r += CASE WHEN owned THEN {source: row.source, chainkgSource: null} ELSE {chainkgSource: row.source} END
WITH before, properties(r) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
