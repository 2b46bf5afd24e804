// V0002: indexes for the lookups the API makes by something other than the business key (查询索引).

CREATE INDEX chain_name IF NOT EXISTS FOR (c:Chain) ON (c.name);

CREATE INDEX segment_name IF NOT EXISTS FOR (s:Segment) ON (s.name);

CREATE INDEX enterprise_name IF NOT EXISTS FOR (e:Enterprise) ON (e.name);

CREATE INDEX enterprise_stock_code IF NOT EXISTS FOR (e:Enterprise) ON (e.stockCode);

CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);

CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);

CREATE INDEX cluster_name IF NOT EXISTS FOR (c:Cluster) ON (c.name);

CREATE INDEX industry_name IF NOT EXISTS FOR (i:Industry) ON (i.name);
