// Upserts regions and their PART_OF link to the region they belong to (写入行政区划及其隶属关系).
// Parameters: $rows, a list of {code, name, fullName, level, parentCode, source}, parents before children.
// Example: :param rows => [{code: '36', name: '江西省', fullName: '江西省', level: 'PROVINCE', parentCode: null, source: 'example'}]
// Returns how many regions were created and how many changed.
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
  ON CREATE SET r._created = true
WITH r, row, coalesce(r.name = row.name AND r.fullName = row.fullName AND r.level = row.level AND r.source = row.source, false) AS same
SET r.name = row.name, r.fullName = row.fullName, r.level = row.level, r.source = row.source
WITH r, row, same, coalesce(r._created, false) AS created
REMOVE r._created
WITH r, row, same, created
OPTIONAL MATCH (r)-[old:PART_OF]->(previous:Region)
  WHERE previous.code <> row.parentCode OR row.parentCode IS NULL
DELETE old
WITH r, row, same, created, count(old) AS moved
OPTIONAL MATCH (parent:Region {code: row.parentCode})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (r)-[:PART_OF]->(parent))
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND (NOT same OR moved > 0) THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT created AND same AND moved = 0 THEN 1 ELSE 0 END) AS unchanged
