// Which of the given region codes name a cooperation area in the graph (校验企业所在地区：图中已有的区域合作区)?
// A data set's firm may not be located in one: the loader refuses it with the area's members.
// Parameters: $keys, a list of Region.code values the data set does not define.
// Example:    :param keys => ['CA-YRD', '3601', 'nowhere']
UNWIND $keys AS key
MATCH (a:Region {code: key, level: 'COOPERATION_AREA'})
OPTIONAL MATCH (m:Region)-[:MEMBER_OF]->(a)
WITH a, m ORDER BY m.code
RETURN a.code AS code, a.name AS name, collect(m.name + ' (' + m.code + ')') AS members, collect(m.name) AS memberNames
