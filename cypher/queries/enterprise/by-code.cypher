// The firm of a code (按统一社会信用代码或股票代码查企业), as search's exact pass reads codes: a unified social credit
// code, or a stock code with or without its exchange (600362, 600362.SH, SH600362), in each form the text may write
// it ($keys, Search.keys: half width, upper and lower case, the exchange first). Both codes are one firm's each (the
// uniqueness constraint on creditCode, the loader's check on stockCode), so a code has at most one firm; the API
// refuses more rather than pick one. Index reads only (enterprise_credit_code, enterprise_stock_code), a miss too.
// Parameters: $keys.
// Example:    :param keys => ['SH600362', 'sh600362', '600362.SH']
CALL () {
  MATCH (e:Enterprise) WHERE e.creditCode IN $keys RETURN e
  UNION
  UNWIND $keys AS key
  MATCH (e:Enterprise) WHERE e.stockCode = key OR e.stockCode STARTS WITH key + '.' RETURN e
}
WITH DISTINCT e ORDER BY e.id LIMIT 10
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e {.*, regionCode: r.code} AS item
ORDER BY item.id
