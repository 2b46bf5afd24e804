// The checksum recorded for a data set when it was last loaded, or nothing (数据集校验和).
// Parameters: $id.
// Example:    :param id => 'regions-cn'
OPTIONAL MATCH (d:DataSet {id: $id})
RETURN d.checksum AS checksum
