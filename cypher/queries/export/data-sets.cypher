// Export: the data sets the graph records (导出：已导入的数据集), for the export's own id and description; the
// built-in regions (regions-cn) are no data set of the office's.
// Parameters: none.
// Returns:    id, name, asOf (the date its lists describe, YYYY-MM-DD, or null), one row per data set, by id.
// Example:    MATCH (d:DataSet) WHERE d.id <> 'regions-cn' RETURN d.id AS id, d.name AS name ORDER BY id
MATCH (d:DataSet)
WHERE d.id <> 'regions-cn'
RETURN d.id AS id, d.name AS name, toString(d.asOf) AS asOf
ORDER BY id
