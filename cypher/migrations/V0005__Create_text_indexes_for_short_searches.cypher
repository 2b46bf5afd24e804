// V0005: text indexes on names (文本索引). The cjk full-text index needs two characters; a one-character search
// ('铜') falls back to CONTAINS, which these indexes answer without scanning every node.

CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (e:Enterprise) ON (e.name);

CREATE TEXT INDEX chain_name_text IF NOT EXISTS FOR (c:Chain) ON (c.name);

CREATE TEXT INDEX segment_name_text IF NOT EXISTS FOR (s:Segment) ON (s.name);

CREATE TEXT INDEX product_name_text IF NOT EXISTS FOR (p:Product) ON (p.name);

CREATE TEXT INDEX region_name_text IF NOT EXISTS FOR (r:Region) ON (r.name);

CREATE TEXT INDEX cluster_name_text IF NOT EXISTS FOR (c:Cluster) ON (c.name);
