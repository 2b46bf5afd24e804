// V0001: unique constraints on every business key (业务主键唯一约束).
// Each key is also the index the API and the loader look nodes up by.
// Applied once by SchemaMigrator; never edit an applied migration, add a new V file.

CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;

// 产业链: a slug such as 'jx-nonferrous-copper' (stable across renames).
CREATE CONSTRAINT chain_id IF NOT EXISTS
FOR (c:Chain) REQUIRE c.id IS UNIQUE;

// 环节: '<chain id>/<segment slug>'.
CREATE CONSTRAINT segment_id IF NOT EXISTS
FOR (s:Segment) REQUIRE s.id IS UNIQUE;

// 产品: ChainKnowledgeGraph keys products by name.
CREATE CONSTRAINT product_name IF NOT EXISTS
FOR (p:Product) REQUIRE p.name IS UNIQUE;

// 申万行业: six-digit code.
CREATE CONSTRAINT industry_code IF NOT EXISTS
FOR (i:Industry) REQUIRE i.code IS UNIQUE;

// 企业: the loader's id; 统一社会信用代码 is unique where known.
CREATE CONSTRAINT enterprise_id IF NOT EXISTS
FOR (e:Enterprise) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT enterprise_credit_code IF NOT EXISTS
FOR (e:Enterprise) REQUIRE e.creditCode IS UNIQUE;

// 行政区划 / 开发区 / 区域合作: GB/T 2260 code, or a documented code for zones and cooperation areas.
CREATE CONSTRAINT region_code IF NOT EXISTS
FOR (r:Region) REQUIRE r.code IS UNIQUE;

// 产业集群.
CREATE CONSTRAINT cluster_id IF NOT EXISTS
FOR (c:Cluster) REQUIRE c.id IS UNIQUE;

// 链主 / 领航 designations: one node per (enterprise, chain, region, kind).
CREATE CONSTRAINT designation_id IF NOT EXISTS
FOR (d:Designation) REQUIRE d.id IS UNIQUE;

// 政策文件 and 政策目标.
CREATE CONSTRAINT policy_document_id IF NOT EXISTS
FOR (d:PolicyDocument) REQUIRE d.id IS UNIQUE;

CREATE CONSTRAINT policy_target_id IF NOT EXISTS
FOR (t:PolicyTarget) REQUIRE t.id IS UNIQUE;
