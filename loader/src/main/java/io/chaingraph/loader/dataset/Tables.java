package io.chaingraph.loader.dataset;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.chaingraph.model.rules.CreditCode;
import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.Vocabulary;

import static io.chaingraph.loader.dataset.Column.text;

/** The CSV files of a {@code chaingraph/v1} data set and their columns (loader/FORMATS.md). */
public final class Tables {

	/** Enterprise tags the product knows (filters and ranking signals). */
	public static final Set<String> TAGS = Vocabulary.TAGS;

	/** Designation kinds as written in the file, and as stored. */
	public static final java.util.Map<String, String> DESIGNATION_KINDS = Vocabulary.DESIGNATION_KINDS;

	private static final Pattern REGION_CODE = FieldRule.REGION_CODE.pattern();

	private static final Pattern ENTERPRISE_ID = FieldRule.ENTERPRISE_ID.pattern();

	private static final Pattern STOCK_CODE = FieldRule.STOCK_CODE.pattern();

	private static final Pattern SEGMENT_ID = FieldRule.SEGMENT_ID.pattern();

	private static final Pattern DATE = FieldRule.DATE.pattern();

	private static Column regionCode(String name) {
		return text(name).matches(REGION_CODE, FieldRule.REGION_CODE.expected());
	}

	private static Column enterpriseId(String name) {
		return text(name).matches(ENTERPRISE_ID, FieldRule.ENTERPRISE_ID.expected());
	}

	public static final Table REGIONS = Table.of("regions.csv", List.of("code"), regionCode("code").required(),
			text("name").required(), text("level").required().oneOf(Set.of("ZONE", "COOPERATION_AREA")),
			regionCode("parentCode").references(KeySpace.REGION), regionCode("members").list().references(KeySpace.REGION),
			text("zoneType"), text("aliases").list()).defining(KeySpace.REGION);

	public static final Table REGION_NEIGHBOURS = Table.of("region-neighbours.csv", List.of("a", "b"),
			regionCode("a").required().references(KeySpace.REGION), regionCode("b").required().references(KeySpace.REGION));

	public static final Table ENTERPRISES = Table.of("enterprises.csv", List.of("id"), enterpriseId("id").required(),
			text("name").required(), text("aliases").list(), text("creditCode").rule(CreditCode::problem),
			text("stockCode").matches(STOCK_CODE, FieldRule.STOCK_CODE.expected()),
			regionCode("regionCode").required().references(KeySpace.REGION), text("tags").list().oneOf(TAGS),
			text("founded").integer(1800, 2100)).defining(KeySpace.ENTERPRISE);

	public static final Table ENTERPRISE_SEGMENTS = Table.of("enterprise-segments.csv", List.of("enterpriseId", "segmentId"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE),
			text("segmentId").required().matches(SEGMENT_ID, FieldRule.SEGMENT_ID.expected()).references(KeySpace.SEGMENT),
			text("role"));

	public static final Table ENTERPRISE_PRODUCTS = Table.of("enterprise-products.csv", List.of("enterpriseId", "product"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE), text("product").required(),
			text("weight").decimal(),
			text("segmentId").matches(SEGMENT_ID, FieldRule.SEGMENT_ID.expected()).references(KeySpace.SEGMENT));

	public static final Table SUPPLY_RELATIONS = Table.of("supply-relations.csv", List.of("supplierId", "customerId"),
			enterpriseId("supplierId").required().references(KeySpace.ENTERPRISE),
			enterpriseId("customerId").required().references(KeySpace.ENTERPRISE), text("product"));

	public static final Table DESIGNATIONS = Table.of("designations.csv", List.of("kind", "chainId", "regionCode", "enterpriseId"),
			enterpriseId("enterpriseId").required().references(KeySpace.ENTERPRISE),
			text("chainId").required().slug().references(KeySpace.CHAIN),
			regionCode("regionCode").required().references(KeySpace.REGION),
			text("kind").required().oneOf(DESIGNATION_KINDS.keySet()), text("by"), text("year").integer(1980, 2100));

	public static final Table CLUSTERS = Table.of("clusters.csv", List.of("id"), text("id").required().slug(),
			text("name").required(), text("kind").required().oneOf(Set.of("CLUSTER", "BASE", "BELT")),
			text("level").oneOf(Set.of("NATIONAL", "PROVINCIAL", "CITY")), text("scale"),
			regionCode("regionCodes").required().list().references(KeySpace.REGION),
			text("chainIds").list().slug().references(KeySpace.CHAIN), text("aliases").list()).defining(KeySpace.CLUSTER);

	public static final Table POLICY_DOCUMENTS = Table.of("policy-documents.csv", List.of("id"), text("id").required().slug(),
			text("title").required(), text("issuer"), text("docNumber"),
			text("date").matches(DATE, FieldRule.DATE.expected()),
			regionCode("regionCode").references(KeySpace.REGION), text("url")).defining(KeySpace.DOCUMENT);

	public static final Table POLICY_TARGETS = Table.of("policy-targets.csv", List.of("id"), text("id").required().slug(),
			text("documentId").required().slug().references(KeySpace.DOCUMENT), text("text").required(), text("metric"),
			text("value").decimal(), text("unit"), text("year").required().integer(1990, 2100),
			text("chainIds").list().slug().references(KeySpace.CHAIN),
			regionCode("regionCodes").list().references(KeySpace.REGION),
			text("clusterIds").list().slug().references(KeySpace.CLUSTER));

	/** Every table, in the order they are read. */
	public static final List<Table> ALL = List.of(REGIONS, REGION_NEIGHBOURS, ENTERPRISES, ENTERPRISE_SEGMENTS,
			ENTERPRISE_PRODUCTS, SUPPLY_RELATIONS, DESIGNATIONS, CLUSTERS, POLICY_DOCUMENTS, POLICY_TARGETS);

	private Tables() {
	}

}
