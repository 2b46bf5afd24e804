// Supply links touching each chain's segments, also across chains (产业链上下游供给关系).
// Parameters: $keys, a list of business keys; one row per (key, item), so one statement serves a whole GraphQL batch.
// Example:    :param keys => ['jx-nonferrous']
UNWIND $keys AS key
MATCH (:Chain {id: key})<-[:IN_CHAIN]-(:Segment)-[r:SUPPLIES]-(:Segment)
WITH DISTINCT key, r
RETURN key, {fromId: startNode(r).id, toId: endNode(r).id, source: r.source, quote: r.quote, illustrative: r.illustrative,
             datasets: r.datasets} AS item
ORDER BY key, item.fromId, item.toId
