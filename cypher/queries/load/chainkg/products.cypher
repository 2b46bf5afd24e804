// Upserts products from ChainKnowledgeGraph (写入产品节点), keyed by the cleaned name.
// A product this import owns (no source, or a 'chainkg:' one) takes the row's source; one another source loaded
// keeps its source and gets the ChainKnowledgeGraph line as chainkgSource.
// Parameters: $rows, a list of {name, source}.
// Example: :param rows => [{name: '阴极铜', source: 'chainkg:product.json:7'}]
// Returns how many rows were written, how many nodes created, and how many had properties changed.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Product {name: row.name})
WITH row, properties(existing) AS before
WITH row, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (p:Product {name: row.name})
SET p += CASE WHEN owned THEN {source: row.source, chainkgSource: null} ELSE {chainkgSource: row.source} END
WITH before, properties(p) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
