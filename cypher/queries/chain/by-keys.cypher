// Chains by id (按主键查产业链).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous']
UNWIND $keys AS key
MATCH (c:Chain {id: key})
RETURN key, c {.*} AS item
