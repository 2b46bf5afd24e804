// Benchmark baseline, the naive way: ONE enterprise-segment link per transaction, MERGE'd (逐行写入基线).
// Used by ./chaingraph bench load; not used by the loader.
// Parameters: $enterpriseId, $segmentId, $props (the OPERATES_IN properties, datasets included).
// Example:    :param enterpriseId => 'syn-000000001'
//             :param segmentId => 'syn-c01/t1'
//             :param props => {role: '主营', source: 'illustrative', illustrative: true, datasets: ['synthetic-1']}
MATCH (e:Enterprise {id: $enterpriseId})
MATCH (s:Segment {id: $segmentId})
MERGE (e)-[r:OPERATES_IN]->(s)
SET r += $props
