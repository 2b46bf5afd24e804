package io.chaingraph.loader.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.chaingraph.model.rules.CreditCode;
import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.Vocabulary;

import static io.chaingraph.loader.dataset.Column.text;
import static java.util.Map.entry;

/** The CSV files of a {@code chaingraph/v1} data set and their columns (loader/FORMATS.md). */
public final class Tables {

	/** Enterprise tags the product knows (filters and ranking signals). */
	public static final Set<String> TAGS = Vocabulary.TAGS;

	/** Designation kinds as written in the file, and as stored. */
	public static final java.util.Map<String, String> DESIGNATION_KINDS = Vocabulary.DESIGNATION_KINDS;

	/** A column's words and what else stands for each, in order ({@link Column#words}). */
	@SafeVarargs
	private static LinkedHashMap<String, List<String>> words(Map.Entry<String, List<String>>... entries) {
		var words = new LinkedHashMap<String, List<String>>();
		for (var entry : entries) {
			words.put(entry.getKey(), entry.getValue());
		}
		return words;
	}

	private static final Pattern REGION_CODE = FieldRule.REGION_CODE.pattern();

	private static final Pattern ENTERPRISE_ID = FieldRule.ENTERPRISE_ID.pattern();

	private static final Pattern STOCK_CODE = FieldRule.STOCK_CODE.pattern();

	private static final Pattern SEGMENT_ID = FieldRule.SEGMENT_ID.pattern();


	private static Column regionCode(String name) {
		return text(name).matches(REGION_CODE, FieldRule.REGION_CODE.expected());
	}

	private static Column enterpriseId(String name) {
		return text(name).matches(ENTERPRISE_ID, FieldRule.ENTERPRISE_ID.expected());
	}

	/** One firm, one 统一社会信用代码: the graph's constraint enterprise_credit_code (cypher/migrations/V0001). */
	public static final UniqueColumn CREDIT_CODE = new UniqueColumn("creditCode", "credit code", "统一社会信用代码");

	/**
	 * One listed company, one stock code: the code belongs to the listed entity (江西铜业股份有限公司, 600362.SH), not
	 * to its group (江西铜业集团有限公司, none), and a second firm with it would be counted twice in every analysis.
	 */
	public static final UniqueColumn STOCK_CODE_OWNER = new UniqueColumn("stockCode", "stock code", "股票代码");

	public static final Table REGIONS = Table.of("regions.csv", List.of("code"), regionCode("code").required(),
			text("name").required(), text("level").required().words(words(entry("ZONE", List.of("开发区", "园区")),
					entry("COOPERATION_AREA", List.of("区域合作区", "区域合作", "合作区")))),
			regionCode("parentCode").references(KeySpace.REGION), regionCode("members").list().references(KeySpace.REGION),
			text("zoneType"), text("aliases").list()).defining(KeySpace.REGION);

	public static final Table REGION_NEIGHBOURS = Table.of("region-neighbours.csv", List.of("a", "b"),
			regionCode("a").required().references(KeySpace.REGION), regionCode("b").required().references(KeySpace.REGION));

	public static final Table ENTERPRISES = Table.of("enterprises.csv", List.of("id"), enterpriseId("id").required(),
			text("name").required(), text("aliases").list(), text("creditCode").rule(CreditCode::problem),
			text("stockCode").matches(STOCK_CODE, FieldRule.STOCK_CODE.expected()),
			regionCode("regionCode").required().references(KeySpace.REGION), text("tags").list().oneOf(TAGS),
			text("founded").year(1800, 2100)).defining(KeySpace.ENTERPRISE).unique(CREDIT_CODE, STOCK_CODE_OWNER);

	public static final Table ENTERPRISE_SEGMENTS = Table.of("enterprise-segments.csv", List.of("enterpriseId", "segmentId"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE),
			text("segmentId").required().matches(SEGMENT_ID, FieldRule.SEGMENT_ID.expected()).references(KeySpace.SEGMENT),
			text("role"));

	public static final Table ENTERPRISE_PRODUCTS = Table.of("enterprise-products.csv", List.of("enterpriseId", "product"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE), text("product").required(),
			text("weight").share(),
			text("segmentId").matches(SEGMENT_ID, FieldRule.SEGMENT_ID.expected()).references(KeySpace.SEGMENT));

	public static final Table SUPPLY_RELATIONS = Table.of("supply-relations.csv", List.of("supplierId", "customerId"),
			enterpriseId("supplierId").required().references(KeySpace.ENTERPRISE),
			enterpriseId("customerId").required().references(KeySpace.ENTERPRISE), text("product"));

	public static final Table DESIGNATIONS = Table.of("designations.csv", List.of("kind", "chainId", "regionCode", "enterpriseId"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE),
			text("chainId").required().slug().references(KeySpace.CHAIN),
			regionCode("regionCode").required().references(KeySpace.REGION),
			text("kind").required().words(words(entry("链主", List.of("CHAIN_LEADER", "链主企业")),
					entry("领航", List.of("NAVIGATOR", "领航企业")), entry("龙头", List.of("LEADING", "龙头企业")))), text("by"), text("year").year(1980, 2100));

	public static final Table CLUSTERS = Table.of("clusters.csv", List.of("id"), text("id").required().slug(),
			text("name").required(), text("kind").required().words(words(entry("CLUSTER", List.of("产业集群", "集群")),
					entry("BASE", List.of("基地", "产业基地")), entry("BELT", List.of("产业带")))),
			text("level").words(words(entry("NATIONAL", List.of("国家级")), entry("PROVINCIAL", List.of("省级")),
					entry("CITY", List.of("市级")))),
			text("scale"),
			regionCode("regionCodes").required().list().references(KeySpace.REGION),
			text("chainIds").list().slug().references(KeySpace.CHAIN), text("aliases").list()).defining(KeySpace.CLUSTER);

	public static final Table POLICY_DOCUMENTS = Table.of("policy-documents.csv", List.of("id"), text("id").required().slug(),
			text("title").required(), text("issuer"), text("docNumber"),
			text("date").date(),
			regionCode("regionCode").references(KeySpace.REGION), text("url")).defining(KeySpace.DOCUMENT);

	public static final Table POLICY_TARGETS = Table.of("policy-targets.csv", List.of("id"), text("id").required().slug(),
			text("documentId").required().slug().references(KeySpace.DOCUMENT), text("text").required(), text("metric"),
			text("value").decimal(), text("unit"), text("year").required().year(1990, 2100),
			text("chainIds").list().slug().references(KeySpace.CHAIN),
			regionCode("regionCodes").list().references(KeySpace.REGION),
			text("clusterIds").list().slug().references(KeySpace.CLUSTER));

	/**
	 * The Chinese headers a column may be written under instead of its name, for sheets kept by people who read
	 * Chinese (地区代码 for {@code regionCode}); a table's own words for its key and name come first
	 * ({@link #chineseHeaders}). Within a table no two columns share one (SpreadsheetHabitsTest).
	 */
	private static final java.util.Map<String, List<String>> CHINESE_HEADERS = java.util.Map.ofEntries(
			java.util.Map.entry("id", List.of("编号")),
			java.util.Map.entry("code", List.of("代码", "地区代码", "区划代码")),
			java.util.Map.entry("name", List.of("名称")),
			java.util.Map.entry("aliases", List.of("别名", "简称")),
			java.util.Map.entry("level", List.of("级别", "层级")),
			java.util.Map.entry("parentCode", List.of("上级代码", "所在地区代码")),
			java.util.Map.entry("members", List.of("成员", "成员地区")),
			java.util.Map.entry("zoneType", List.of("园区类型", "开发区类型")),
			java.util.Map.entry("a", List.of("地区A", "地区甲")),
			java.util.Map.entry("b", List.of("地区B", "地区乙")),
			java.util.Map.entry("creditCode", List.of("统一社会信用代码", "信用代码")),
			java.util.Map.entry("stockCode", List.of("股票代码", "证券代码")),
			java.util.Map.entry("regionCode", List.of("地区代码", "所在地区代码", "区划代码")),
			java.util.Map.entry("tags", List.of("标签", "企业标签")),
			java.util.Map.entry("founded", List.of("成立年份")),
			java.util.Map.entry("enterpriseId", List.of("企业编号")),
			java.util.Map.entry("segmentId", List.of("环节编号")),
			java.util.Map.entry("role", List.of("角色", "关系")),
			java.util.Map.entry("product", List.of("产品", "产品名称")),
			java.util.Map.entry("weight", List.of("营收占比", "权重")),
			java.util.Map.entry("supplierId", List.of("供应商编号", "供方企业编号")),
			java.util.Map.entry("customerId", List.of("客户编号", "需方企业编号")),
			java.util.Map.entry("chainId", List.of("产业链编号")),
			java.util.Map.entry("kind", List.of("类型")),
			java.util.Map.entry("by", List.of("认定单位")),
			java.util.Map.entry("year", List.of("年份")),
			java.util.Map.entry("scale", List.of("规模")),
			java.util.Map.entry("regionCodes", List.of("地区代码", "所在地区代码", "区划代码")),
			java.util.Map.entry("chainIds", List.of("产业链编号")),
			java.util.Map.entry("title", List.of("标题", "文件标题")),
			java.util.Map.entry("issuer", List.of("发文单位", "发文机关")),
			java.util.Map.entry("docNumber", List.of("文号")),
			java.util.Map.entry("date", List.of("日期", "发文日期")),
			java.util.Map.entry("url", List.of("链接", "网址")),
			java.util.Map.entry("documentId", List.of("文件编号")),
			java.util.Map.entry("text", List.of("目标", "目标内容")),
			java.util.Map.entry("metric", List.of("指标")),
			java.util.Map.entry("value", List.of("数值", "目标值")),
			java.util.Map.entry("unit", List.of("单位")),
			java.util.Map.entry("clusterIds", List.of("集群编号")),
			java.util.Map.entry("source", List.of("来源")),
			java.util.Map.entry("quote", List.of("原文", "来源原文")));

	/** The words of each table for its own key, name, kind and year (企业编号 and 企业名称 in enterprises.csv). */
	private static final java.util.Map<String, java.util.Map<String, List<String>>> TABLE_WORDS = java.util.Map.of(
			"regions.csv", java.util.Map.of("name", List.of("地区名称")),
			"enterprises.csv", java.util.Map.of("id", List.of("企业编号"), "name", List.of("企业名称")),
			"designations.csv", java.util.Map.of("kind", List.of("认定类型"), "year", List.of("认定年份")),
			"clusters.csv", java.util.Map.of("id", List.of("集群编号"), "name", List.of("集群名称"), "kind", List.of("集群类型")),
			"policy-documents.csv", java.util.Map.of("id", List.of("文件编号")),
			"policy-targets.csv", java.util.Map.of("id", List.of("目标编号"), "year", List.of("目标年份")));

	/** Whether a problem's field is this column, by its name or a Chinese header every table reads it under. */
	static boolean isColumn(String field, String column) {
		return column.equals(field) || CHINESE_HEADERS.getOrDefault(column, List.of()).contains(field);
	}

	/** The Chinese headers the column of this table may be written under. */
	public static List<String> chineseHeaders(Table table, String column) {
		var own = TABLE_WORDS.getOrDefault(table.file(), java.util.Map.of()).getOrDefault(column, List.of());
		var shared = CHINESE_HEADERS.getOrDefault(column, List.of());
		return java.util.stream.Stream.concat(own.stream(), shared.stream()).toList();
	}

	/** Every table, in the order they are read. */
	public static final List<Table> ALL = List.of(REGIONS, REGION_NEIGHBOURS, ENTERPRISES, ENTERPRISE_SEGMENTS,
			ENTERPRISE_PRODUCTS, SUPPLY_RELATIONS, DESIGNATIONS, CLUSTERS, POLICY_DOCUMENTS, POLICY_TARGETS);

	private Tables() {
	}

}
