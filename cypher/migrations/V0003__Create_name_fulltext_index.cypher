// V0003: one full-text index over names and aliases of everything a user searches for (中文全文检索).
// The cjk analyzer indexes overlapping character pairs, so '铜业' finds 江西铜业集团有限公司 but a single
// character finds nothing: the search query handles one-character text and exact codes itself.

CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Enterprise|Chain|Segment|Product|Region|Cluster|Industry)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
