// Benchmark baseline, the naive way: ONE enterprise per transaction, MERGE'd with its region link (逐行写入基线).
// Used by ./chaingraph bench load to show what the batched and bulk paths gain; not used by the loader.
// Parameters: $id, $props (every property, datasets included), $regionCode, $link (the LOCATED_IN properties).
// Example:    :param id => 'syn-000000001'
//             :param props => {id: 'syn-000000001', name: '合成企业000001', source: 'illustrative', illustrative: true, datasets: ['synthetic-1']}
//             :param regionCode => '360102'
//             :param link => {source: 'illustrative', illustrative: true, datasets: ['synthetic-1']}
MERGE (e:Enterprise {id: $id})
SET e += $props
WITH e
MATCH (r:Region {code: $regionCode})
MERGE (e)-[l:LOCATED_IN]->(r)
SET l += $link
