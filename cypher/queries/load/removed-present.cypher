// Which of the things curation removed are in the graph again (已删除的数据当前是否存在): a firm, a designation, or a
// firm's link to a segment, a product or a customer.
// Parameters: $things, a list of {id, type (Enterprise, Designation, OPERATES_IN, MAKES, SUPPLIES_TO), from, to}.
// Example:    :param things => [{id: 0, type: 'OPERATES_IN', from: 'demo-gz-magnet-01', to: 'jx-rare-earth/magnet'}]
UNWIND $things AS thing
OPTIONAL MATCH (e:Enterprise {id: thing.from})
RETURN thing.id AS id, CASE thing.type
  WHEN 'Enterprise' THEN e IS NOT NULL
  WHEN 'Designation' THEN EXISTS { MATCH (:Designation {id: thing.from}) }
  WHEN 'OPERATES_IN' THEN EXISTS { MATCH (e)-[:OPERATES_IN]->(:Segment {id: thing.to}) }
  WHEN 'MAKES' THEN EXISTS { MATCH (e)-[:MAKES]->(:Product {name: thing.to}) }
  WHEN 'SUPPLIES_TO' THEN EXISTS { MATCH (e)-[:SUPPLIES_TO]->(:Enterprise {id: thing.to}) }
  ELSE false
END AS present
