// Data sets by id (按编号查数据集): the ones a fact's `datasets` names.
// Parameters: $keys, a list of data set ids; one row per (key, item).
// Example:    :param keys => ['demo', 'regions-cn']
UNWIND $keys AS key
MATCH (d:DataSet {id: key})
RETURN key, d {.id, .name, .format, .rows, asOf: toString(d.asOf), loadedAt: toString(d.loadedAt)} AS item
