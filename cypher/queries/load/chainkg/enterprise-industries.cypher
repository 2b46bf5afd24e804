// Puts listed companies in their 申万 industries (写入企业所属行业): (:Enterprise)-[:IN_INDUSTRY]->(:Industry).
// One relationship per pair; a relationship another source wrote keeps its source (chainkgSource is added).
// Parameters: $rows, a list of {from, to, source}: from the enterprise id, to the industry code; both already written.
// Example: :param rows => [{from: '600362-sh', to: '240202', source: 'chainkg:company_industry.json:3'}]
// Returns how many rows were written (a row whose nodes are missing is not), created and changed.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.from})
MATCH (i:Industry {code: row.to})
WITH row, e, i, [(e)-[old:IN_INDUSTRY]->(i) | properties(old)][0] AS before
WITH row, e, i, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (e)-[r:IN_INDUSTRY]->(i)
SET r += CASE WHEN owned THEN {source: row.source, chainkgSource: null} ELSE {chainkgSource: row.source} END
WITH before, properties(r) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
