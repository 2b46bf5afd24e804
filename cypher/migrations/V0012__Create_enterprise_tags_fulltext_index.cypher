// V0012: an index on the firms' tags (企业标签索引): a keyword full-text index, so each tag is one whole term
// (专精特新 finds 专精特新 only, not 专精特新小巨人), and Neo4j keeps it up to date on every write of `tags`: the loader's,
// the curation API's, the bulk import's, an edit in Neo4j Browser. A list of firms filtered by a tag can then start
// from the tag's firms and know how many there are before it starts (enterprise/start-sizes): on 1,000,000 firms,
// 广东's 专精特新 counted from the tag's 29,892 rather than from 广东's 363,925, and a tag no firm has answered without
// walking every firm. Range indexes do not hold lists; a full-text index does.

CREATE FULLTEXT INDEX enterprise_tags IF NOT EXISTS
FOR (e:Enterprise)
ON EACH [e.tags]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
