// The name and last load of a data set as the graph records them, or nothing (已记录的数据集名称): a load compares the
// name with its dataset.yaml's, so that a data set that took another's id (two offices' templates) is told before
// its --prune deletes what the other loaded.
// Parameters: $id.
// Example:    :param id => 'demo'
OPTIONAL MATCH (d:DataSet {id: $id})
RETURN d.name AS name, toString(date(d.loadedAt)) AS loadedOn
