// Records a loaded data set: id, name, format, the date its content describes, the checksum of what was written,
// when (已导入的数据集). loadedAt changes only when the content does, so loading the same input twice leaves the graph
// identical.
// Parameters: $id, $name, $format, $asOf (a date, or null: dataset.yaml's asOf), $checksum, $rows (how many rows).
// Example:    MATCH (d:DataSet) RETURN d ORDER BY d.loadedAt DESC
MERGE (d:DataSet {id: $id})
WITH d, d.checksum = $checksum AS same
SET d.name = $name, d.format = $format, d.rows = $rows, d.asOf = $asOf
FOREACH (_ IN CASE WHEN coalesce(same, false) THEN [] ELSE [1] END |
  SET d.checksum = $checksum, d.loadedAt = datetime())
RETURN coalesce(same, false) AS unchanged
