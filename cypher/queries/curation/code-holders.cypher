// Curation: the firms other than $key that hold the 统一社会信用代码 or the stock code a change gives it (代码已被占用),
// so that upsertEnterprise refuses a code another firm has, naming that firm, as the loader does: a stock code twice
// made two firms of one listed company (search found both), a credit code twice broke the constraint with Neo4j's words.
// Parameters: $key, the firm changed; $creditCode and $stockCode, the codes it is given (null for none).
// Example:    :param key => 'demo-firm'  :param creditCode => null  :param stockCode => '600362.SH'
CALL () {
  MATCH (c:Enterprise {creditCode: $creditCode}) WHERE c.id <> $key
  RETURN 'creditCode' AS field, $creditCode AS code, c.id AS key, c.name AS name
  UNION
  MATCH (s:Enterprise {stockCode: $stockCode}) WHERE s.id <> $key
  RETURN 'stockCode' AS field, $stockCode AS code, s.id AS key, s.name AS name
}
RETURN field, code, key, name
ORDER BY field, key
