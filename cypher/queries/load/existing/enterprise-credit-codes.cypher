// Which firms in the graph already have the given 统一社会信用代码 (校验唯一: 图中已有的统一社会信用代码)?
// The loader asks before it writes, so that a code another firm has is reported with its file and line rather than
// refused by the constraint enterprise_credit_code in the middle of the load.
// Parameters: $values, a list of credit codes.
// Example:    :param values => ['91360000MA3501000A', '913600001583041116']
UNWIND $values AS value
MATCH (e:Enterprise {creditCode: value})
RETURN value, e.id AS id, e.name AS name, coalesce(e.datasets, []) AS datasets, e.source AS source
ORDER BY value, id
