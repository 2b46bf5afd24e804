// Which firms in the graph already have the given stock codes (校验唯一: 图中已有的股票代码)?
// A listed company has one code: a second firm with it would be counted twice in every chain analysis.
// Parameters: $values, a list of stock codes.
// Example:    :param values => ['600362.SH', '002460.SZ']
UNWIND $values AS value
MATCH (e:Enterprise {stockCode: value})
RETURN value, e.id AS id, e.name AS name, coalesce(e.datasets, []) AS datasets, e.source AS source
ORDER BY value, id
