// Upserts listed companies from ChainKnowledgeGraph (写入产业链知识图谱的上市企业), keyed by id ('000408-sz').
// A firm this import owns (no source, or a 'chainkg:' one) takes the row as it is. A firm another source loaded
// (enterprises.csv) is enriched, not overwritten: it keeps its name and source, missing properties are filled, the
// short name joins its aliases, and the ChainKnowledgeGraph line is kept as chainkgSource.
// Parameters: $rows, a list of {id, name, nameKey, fullName, aliases, stockCode, exchange, listedOn, source};
//   fullName and listedOn may be null, aliases may be empty; nameKey is the name's sort key (NameOrder).
// Example: :param rows => [{id: '000408-sz', name: '藏格矿业股份有限公司',
//   nameKey: '879294a8a334c9ee9588925fcd41c4459503badf', fullName: '藏格矿业股份有限公司',
//   aliases: ['藏格矿业'], stockCode: '000408.SZ', exchange: 'SZ', listedOn: date('1996-06-28'),
//   source: 'chainkg:company.json:12'}]
// Returns how many rows were written, how many nodes created, and how many had properties changed.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Enterprise {id: row.id})
WITH row, properties(existing) AS before
WITH row, before, before IS NULL OR before.source IS NULL OR before.source STARTS WITH 'chainkg:' AS owned
MERGE (e:Enterprise {id: row.id})
WITH row, before, owned, e, coalesce(e.aliases, []) AS known
WITH row, before, owned, e, known + [a IN row.aliases WHERE NOT a IN known AND a <> coalesce(e.name, '')] AS enriched
SET e += CASE
  WHEN owned THEN {name: row.name, nameKey: row.nameKey, fullName: row.fullName, stockCode: row.stockCode,
                   exchange: row.exchange, listedOn: row.listedOn, source: row.source, chainkgSource: null,
                   aliases: CASE WHEN size(row.aliases) = 0 THEN null ELSE row.aliases END}
  ELSE {name: coalesce(e.name, row.name), nameKey: CASE WHEN e.name IS NULL THEN row.nameKey ELSE e.nameKey END,
        fullName: coalesce(e.fullName, row.fullName),
        stockCode: coalesce(e.stockCode, row.stockCode), exchange: coalesce(e.exchange, row.exchange),
        listedOn: coalesce(e.listedOn, row.listedOn), chainkgSource: row.source,
        aliases: CASE WHEN size(enriched) = 0 THEN null ELSE enriched END}
END
WITH before, properties(e) AS after
RETURN count(*) AS written,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
