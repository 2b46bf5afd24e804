// Links each 申万 industry to its parent (写入行业上下级关系): (child:Industry)-[:SUB_INDUSTRY_OF]->(parent:Industry).
// One relationship per pair; a relationship another source wrote keeps its source (chainkgSource is added).
// Parameters: $rows, a list of {from, to, source}: from the child's code, to the parent's; both already written.
// Example: :param rows => [{from: '240202', to: '240200', source: 'chainkg:industry_industry.json:80'}]
// Returns how many rows were written (a row whose industries are missing is not), created and changed.
UNWIND $rows AS row
MATCH (child:Industry {code: row.from})
MATCH (parent:Industry {code: row.to})
WITH row, child, parent, [(child)-[old:SUB_INDUSTRY_OF]->(parent) | properties(old)][0] AS before
WITH row, child, parent, before,
     before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (child)-[r:SUB_INDUSTRY_OF]->(parent)
SET r += CASE WHEN owned THEN {source: row.source, chainkgSource: null} ELSE {chainkgSource: row.source} END
WITH before, properties(r) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
