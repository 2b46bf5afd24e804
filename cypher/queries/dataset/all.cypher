// Every data set loaded into the graph, the most recently changed first (已导入的数据集，最近更新在前): which files the
// facts come from and how fresh they are. loadedAt moves only when a load changes the content.
// Parameters: none.
// Example:    (none)
MATCH (d:DataSet)
RETURN d {.id, .name, .format, .rows, asOf: toString(d.asOf), loadedAt: toString(d.loadedAt)} AS item
ORDER BY d.loadedAt DESC, d.id
