// Upserts 申万 2021 industries from ChainKnowledgeGraph (写入申万行业节点), keyed by the six-digit code.
// An industry this import owns (no source, or a 'chainkg:' one) takes the row as it is; one another source
// loaded keeps its properties, gets missing ones filled and the ChainKnowledgeGraph line as chainkgSource.
// Parameters: $rows, a list of {code, name, level, source}; level 1, 2 or 3 (xx0000, xxyy00, xxyyzz); name may be null.
// Example: :param rows => [{code: '240202', name: '铜', level: 3, source: 'chainkg:industry.json:88'}]
// Returns how many rows were written, how many nodes created, and how many had properties changed.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Industry {code: row.code})
WITH row, properties(existing) AS before
WITH row, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (i:Industry {code: row.code})
SET i += CASE
  WHEN owned THEN {name: row.name, level: row.level, source: row.source, chainkgSource: null}
  ELSE {name: coalesce(i.name, row.name), level: coalesce(i.level, row.level), chainkgSource: row.source}
END
WITH before, properties(i) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
