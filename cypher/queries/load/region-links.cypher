// Makes each region PART_OF exactly the parent it names, removing a link to any other (写入区划隶属关系).
// Parameters: $rows, a list of {code, parentCode}; parentCode null for top-level regions.
// Example: :param rows => [{code: '3601', parentCode: '36'}]
// Returns the codes whose link changed.
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
OPTIONAL MATCH (r)-[old:PART_OF]->(previous:Region)
  WHERE row.parentCode IS NULL OR previous.code <> row.parentCode
DELETE old
WITH r, row, count(old) AS removed
OPTIONAL MATCH (parent:Region {code: row.parentCode})
WITH r, row, removed, parent, parent IS NOT NULL AND NOT EXISTS { (r)-[:PART_OF]->(parent) } AS missing
FOREACH (_ IN CASE WHEN missing THEN [1] ELSE [] END | CREATE (r)-[:PART_OF]->(parent))
WITH row WHERE removed > 0 OR missing
RETURN collect(row.code) AS changed
