// Upserts regions (写入行政区划节点). Links to parent regions are written by load/region-links.
// Parameters: $rows, a list of {code, name, fullName, level, source}.
// Example: :param rows => [{code: '36', name: '江西省', fullName: '江西省', level: 'PROVINCE', source: 'example'}]
// Returns the codes created and the codes whose properties changed.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Region {code: row.code})
WITH row, existing IS NULL AS created,
     coalesce(existing.name = row.name AND existing.fullName = row.fullName AND existing.level = row.level
              AND existing.source = row.source, false) AS same
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.fullName = row.fullName, r.level = row.level, r.source = row.source
RETURN [x IN collect(CASE WHEN created THEN row.code END) WHERE x IS NOT NULL] AS created,
       [x IN collect(CASE WHEN NOT created AND NOT same THEN row.code END) WHERE x IS NOT NULL] AS changed
