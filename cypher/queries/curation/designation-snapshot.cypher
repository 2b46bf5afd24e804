// Curation: a designation as the audit trail records it, with its firm, chain and region (认定快照). No row when
// there is no such designation.
// Parameters: $keys, the designations' ids (one for a change).
// Example:    :param keys => ['CHAIN_LEADER:jx-nonferrous:36:jcc']
UNWIND $keys AS key
MATCH (d:Designation {id: key})
OPTIONAL MATCH (e:Enterprise)-[:HOLDS]->(d)
OPTIONAL MATCH (d)-[:FOR_CHAIN]->(c:Chain)
OPTIONAL MATCH (d)-[:IN_REGION]->(r:Region)
RETURN key, d {.*, datasets: null, enterpriseId: e.id, chainId: c.id, regionCode: r.code} AS item
