// V0010: a range index on the firms' name order key (企业名称排序键索引).
// A list of firms with nothing to start from but many firms (enterprises(first: 20), filtered by tags only, or by a
// province with a third of all firms) walks this index in 拼音 order and stops after one page, instead of sorting
// them all: on 1,000,000 firms, no filter, 20–30 ms rather than 1.1–1.5 s (enterprise/page-by-name). The list by
// key walks the uniqueness constraint's index on Enterprise.id.

CREATE INDEX enterprise_name_key IF NOT EXISTS FOR (e:Enterprise) ON (e.nameKey);
