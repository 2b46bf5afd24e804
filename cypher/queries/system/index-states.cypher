// Every index with its state and population progress (索引状态).
// Parameters: none.
// Try in Neo4j Browser: paste as is.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, populationPercent
RETURN name, type, labelsOrTypes, properties, state, populationPercent
ORDER BY name
