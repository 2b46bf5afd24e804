// Sets firms' name order keys (写入企业名称排序键), computed in Java (io.chaingraph.model.order.NameOrder).
// Parameters: $rows, a list of {key, nameKey}.
// Example:    :param rows => [{key: '600362-sh', nameKey: '9dadc278bec8c9ee9588925fcd41c4459503badf'}]
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.key})
SET e.nameKey = row.nameKey
