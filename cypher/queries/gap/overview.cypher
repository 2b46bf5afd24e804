// Every chain's gap table of one region at a glance (区域产业链缺口总览): per chain with segments, the region's firms
// in the chain and in each segment (the stored counts, FIRM_COUNT, as gap/segment-table reads them), and the policy
// programmes that name the chain for the region or a region above it. The caller turns the counts into statuses
// and a summary per chain, as it does for one table. With $policyOnly, only chains such a programme names.
// Parameters: $region (region code), $policyOnly (boolean).
// Example:    :param region => '36'  :param policyOnly => true
MATCH (r:Region {code: $region})
OPTIONAL MATCH (r)-[:PART_OF]->(rp:Region)
// The region's counts of every chain's segments, read once (not once per chain).
CALL (r) {
  OPTIONAL MATCH (r)<-[k:FIRM_COUNT]-(s:Segment)
  RETURN collect({chain: s.chainId, id: s.id, firms: k.firms}) AS counts
}
MATCH (c:Chain)
CALL (r, c) {
  OPTIONAL MATCH (r)-[:PART_OF*0..3]->(a:Region)-[p:HAS_POLICY_CHAIN]->(c)
  WITH a, p ORDER BY a.code DESC
  RETURN collect(p {.*, regionCode: a.code, chainId: c.id}) AS policies
}
WITH r, rp, counts, c, policies WHERE NOT $policyOnly OR size(policies) > 0
OPTIONAL MATCH (c)-[t:FIRM_COUNT]->(r)
WITH r, rp, c, policies, [x IN counts WHERE x.chain = c.id] AS counted, t,
     COLLECT { MATCH (c)<-[:IN_CHAIN]-(s:Segment) RETURN s {.id, .position} AS s ORDER BY s.id } AS segments
WHERE size(segments) > 0
RETURN r {.*, parentCode: rp.code} AS region, c {.*} AS chain, coalesce(t.firms, 0) AS firms, policies,
       [s IN segments | {segment: s, firms: coalesce([x IN counted WHERE x.id = s.id][0].firms, 0)}] AS segments
ORDER BY c.id
