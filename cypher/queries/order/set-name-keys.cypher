// Sets firms' name order keys (写入企业名称排序键), computed in Java (io.chaingraph.model.order.NameOrder).
// Parameters: $rows, a list of {key, nameKey}.
// Example:    :param rows => [{key: '600362-sh', nameKey: '07bc0e440d9c0f7a066005b80ff30e8906420cf1'}]
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.key})
SET e.nameKey = row.nameKey
