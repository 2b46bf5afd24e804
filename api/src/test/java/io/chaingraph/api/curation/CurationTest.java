package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.testsupport.GraphFingerprint;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every curation mutation with an editor token, without a token, with a wrong token, with a read-only token and
 * with invalid input; after every refusal the whole graph is exactly as it was (GraphFingerprint). The demo graph is
 * restored after the class, since the other API tests count its figures.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationTest {

	static final String EDITOR = GraphQlClient.EDITOR;

	static final String SHA_EDITOR = "curation-test-sha-editor-token";

	static final String READER = "curation-test-reader-token";

	static final String FIRM = "curation-test-firm";

	@Autowired
	TestRestTemplate http;

	/** One valid call of every mutation (on things the demo data has), to send with the wrong credentials. */
	static Stream<Arguments> everyMutation() {
		return Stream.of(arguments("upsertEnterprise", """
				mutation { upsertEnterprise(input: {key: "curation-other", name: "示例·另一家企业", regionCode: "3601",
				  source: "illustrative"}) { created } }"""),
				arguments("linkEnterpriseToSegment", """
						mutation { linkEnterpriseToSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/copper-foil",
						  source: "illustrative"}) { enterprise { key } } }"""),
				arguments("linkEnterpriseToProduct", """
						mutation { linkEnterpriseToProduct(input: {enterprise: "600362-sh", product: "4.5μm极薄锂电铜箔",
						  source: "illustrative"}) { enterprise { key } } }"""),
				arguments("tagEnterprise", """
						mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["专精特新"], source: "illustrative"}) {
						  enterprise { tags } } }"""),
				arguments("designateEnterprise", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nonferrous", region: "36",
						  kind: NAVIGATOR, source: "illustrative"}) { designation { kind } } }"""),
				arguments("revokeDesignation", """
						mutation { revokeDesignation(input: {key: "CHAIN_LEADER:jx-nonferrous:36:jiangxi-copper-group",
						  source: "illustrative"}) { revokedKey } }"""),
				arguments("addSupplyRelation", """
						mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "demo-yt-copperrod-01",
						  source: "illustrative"}) { supplier { key } } }"""),
				arguments("removeEnterprise", """
						mutation { removeEnterprise(input: {enterprise: "demo-yt-enamel-01", source: "illustrative"}) {
						  removedKey } }"""),
				arguments("unlinkEnterpriseFromSegment", """
						mutation { unlinkEnterpriseFromSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/copper-ore",
						  source: "illustrative"}) { enterprise { key } } }"""),
				arguments("unlinkEnterpriseFromProduct", """
						mutation { unlinkEnterpriseFromProduct(input: {enterprise: "demo-nc-copperfoil-01",
						  product: "4.5μm极薄锂电铜箔", source: "illustrative"}) { enterprise { key } } }"""),
				arguments("removeSupplyRelation", """
						mutation { removeSupplyRelation(input: {supplier: "demo-yt-copperrod-01", customer: "demo-yt-enamel-01",
						  source: "illustrative"}) { supplier { key } } }"""));
	}

	@ParameterizedTest(name = "{0} without a token")
	@MethodSource("everyMutation")
	@Order(1)
	void withoutATokenIsUnauthenticatedAndChangesNothing(String mutation, String document) {
		refused(null, document, "UNAUTHENTICATED", "EDITOR");
	}

	@ParameterizedTest(name = "{0} with a wrong token")
	@MethodSource("everyMutation")
	@Order(1)
	void withAWrongTokenIsUnauthenticatedAndChangesNothing(String mutation, String document) {
		refused("curation-test-editor-token-guessed", document, "UNAUTHENTICATED", "令牌无效");
	}

	@ParameterizedTest(name = "{0} with a read-only token")
	@MethodSource("everyMutation")
	@Order(1)
	void withAReadOnlyTokenIsForbiddenAndChangesNothing(String mutation, String document) {
		refused(READER, document, "FORBIDDEN", "test-reader");
	}

	/**
	 * A rolling upgrade under way: a newer ChainGraph has migrated the graph (V9999). This older service still answers
	 * queries, says both levels in {@code about}, and refuses every change with UNAVAILABLE (a retry reaches an
	 * upgraded replica), writing nothing.
	 */
	@Test
	@Order(1)
	@SuppressWarnings("unchecked")
	void onAGraphANewerChainGraphMigratedEveryMutationIsUnavailableAndChangesNothing() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MERGE (m:SchemaMigration {version: 9999}) SET m.description = 'A newer migration'").consume();
		}
		try {
			var before = GraphFingerprint.of(TestNeo4j.driver());
			int known = SchemaLevelGuard.standard().knownLevel();
			everyMutation().forEach(mutation -> {
				var error = error(EDITOR, (String) mutation.get()[1]);
				assertThat(GraphQlClient.code(error)).as("%s", error).isEqualTo("UNAVAILABLE");
				assertThat((String) error.get("message")).contains("V9999 A newer migration",
						"图谱已由或正由更新版本的 ChainGraph 迁移到结构版本 9999，本服务只支持到 " + known, "未写入任何数据");
				assertThat((Map<String, Object>) error.get("extensions")).containsEntry("schemaLevel", 9999)
					.containsEntry("knownSchemaLevel", known);
			});
			assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
			assertThat(data(null, "{ about { schemaLevel knownSchemaLevel } enterprise(key: \"600362-sh\") { name } }"))
				.isEqualTo(Map.of("about", Map.of("schemaLevel", 9999, "knownSchemaLevel", known), "enterprise",
						Map.of("name", "江西铜业股份有限公司")));
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 9999}) DELETE m").consume();
			}
		}
	}

	@Test
	@Order(1)
	void queriesStayOpenWithoutAToken() {
		var body = post(null, "{ enterprise(key: \"600362-sh\") { name } }");
		assertThat(body.get("errors")).isNull();
		assertThat(body).extracting("data").extracting("enterprise").extracting("name").isEqualTo("江西铜业股份有限公司");
	}

	/** Invalid input, each refused with the loader's words and the field it concerns. */
	static Stream<Arguments> invalidInput() {
		return Stream.of(
				arguments("credit code with a wrong check character", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  creditCode: "913600001583041117", source: "illustrative"}) { created } }""", "BAD_INPUT",
						"input.creditCode: expected a 统一社会信用代码 whose last character checks (校验位应为 6)"),
				arguments("empty name", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "  ", regionCode: "3601",
						  source: "illustrative"}) { created } }""", "BAD_INPUT", "input.name: expected a value (必填)"),
				arguments("unknown region", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "369999",
						  source: "illustrative"}) { created } }""", "NOT_FOUND", "input.regionCode: expected a region code"),
				arguments("region code that is no code", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "江西",
						  source: "illustrative"}) { created } }""", "BAD_INPUT", "a region code: GB/T 2260"),
				arguments("region name where its code belongs", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "赣州",
						  source: "illustrative"}) { created } }""", "BAD_INPUT",
						"found '赣州', a region's name: 江西省赣州市 is 3607 (这是地区名称，请填写区划代码 3607)"),
				arguments("cooperation area as a firm's region", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "CA-YRD",
						  source: "illustrative"}) { created } }""", "BAD_INPUT",
						"input.regionCode: expected a region a firm can be located in: GB/T 2260 or a zone, not a cooperation"
								+ " area (企业所在地区须为行政区划或开发区，不能是区域合作区), found '长三角' (CA-YRD) is a cooperation"
								+ " area: firms are located in its member regions, give the code of the one the firm is in: 上海市"
								+ " (31), 江苏省 (32), 浙江省 (33), 安徽省 (34) (区域合作区不直接包含企业，请填写企业所在成员地区的代码："
								+ "上海市、江苏省、浙江省、安徽省)"),
				arguments("cooperation area's name as a firm's region", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "长江经济带",
						  source: "illustrative"}) { created } }""", "BAD_INPUT",
						"found '长江经济带', '长江经济带' (CA-YREB) is a cooperation area: firms are located in its member"
								+ " regions, give the code of the one the firm is in: 上海市 (31)"),
				arguments("padded code of no region", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "369900",
						  source: "illustrative"}) { created } }""", "NOT_FOUND",
						"input.regionCode: expected a region code (GB/T 2260, or a zone the graph has), found '369900'"),
				arguments("region name several regions share", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nonferrous", region: "鼓楼区",
						  source: "illustrative"}) { designation { kind } } }""", "BAD_INPUT",
						"found '鼓楼区', a name 4 regions share: 320106 江苏省南京市鼓楼区, 320302 江苏省徐州市鼓楼区"),
				arguments("chain name where its id belongs", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "有色金属", region: "36",
						  source: "illustrative"}) { designation { kind } } }""", "BAD_INPUT",
						"found '有色金属', a chain's name: its id is jx-nonferrous (这是产业链名称，请填写编号 jx-nonferrous)"),
				arguments("firm name where its id belongs", """
						mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "江西赣锋锂业集团股份有限公司",
						  source: "illustrative"}) { supplier { key } } }""", "BAD_INPUT",
						"input.customer: expected an enterprise id: an 18-character credit code, a stock code such as"
								+ " 600362-sh, or a slug (企业编号：统一社会信用代码、股票代码或小写字母、数字和连字符), found '江西赣锋锂业集团股份有限公司', a firm's name: its id is 002460-sz"
								+ " (这是企业名称，请填写编号 002460-sz)"),
				arguments("firm alias where its id belongs", """
						mutation { linkEnterpriseToSegment(input: {enterprise: "江铜股份", segment: "jx-nonferrous/copper-smelting",
						  source: "illustrative"}) { enterprise { key } } }""", "BAD_INPUT",
						"found '江铜股份', a firm's name: its id is 600362-sh (这是企业名称，请填写编号 600362-sh)"),
				arguments("tag as lists shorten it", """
						mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["小巨人"], source: "illustrative"})
						  { enterprise { key } } }""", "BAD_INPUT",
						"found '小巨人', did you mean 专精特新小巨人? (您是否要找：专精特新小巨人)"),
				arguments("credit code in scientific notation", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  creditCode: "9.13600001583041E+17", source: "illustrative"}) { created } }""", "BAD_INPUT",
						"请将该列设为文本格式后重新输入"),
				arguments("id that is no id", """
						mutation { upsertEnterprise(input: {key: "Bad Id", name: "示例·甲", regionCode: "3601",
						  source: "illustrative"}) { created } }""", "BAD_INPUT", "input.key: expected an enterprise id"),
				arguments("unknown tag", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  tags: ["超级企业"], source: "illustrative"}) { created } }""", "BAD_INPUT", "input.tags: expected one of"),
				arguments("stock code in no known form", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  stockCode: "6003", source: "illustrative"}) { created } }""", "BAD_INPUT",
						"input.stockCode: expected a stock code such as 600362.SH"),
				arguments("founded before 1800", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  founded: 1700, source: "illustrative"}) { created } }""", "BAD_INPUT",
						"input.founded: expected a whole number from 1800 to 2100 (年份)"),
				arguments("source of no known kind", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  source: "my notes"}) { created } }""", "BAD_INPUT", "来源格式不对"),
				arguments("seed source without its sentence", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  source: "seed:001_61f91f31330c6795.txt"}) { created } }""", "BAD_INPUT", "政策文件来源须附原文"),
				arguments("oversized name", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "%s", regionCode: "3601",
						  source: "illustrative"}) { created } }""".formatted("长".repeat(2_001)), "BAD_INPUT", "内容过长"),
				arguments("zero-width space in a name", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例\\u200b甲", regionCode: "3601",
						  source: "illustrative"}) { created } }""", "BAD_INPUT",
						"input.name: expected text without invisible characters (请删除不可见字符), found a zero-width space U+200B"),
				arguments("control character in a quote", """
						mutation { upsertEnterprise(input: {key: "curation-bad", name: "示例·甲", regionCode: "3601",
						  source: "illustrative", quote: "第一句。\\n第二句\\u0007"}) { created } }""", "BAD_INPUT",
						"input.quote: expected text without invisible characters (请删除不可见字符), found the control character U+0007 (控制字符) at character 9"),
				arguments("unknown segment", """
						mutation { linkEnterpriseToSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/nowhere",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND", "未知的产业链环节"),
				arguments("segment id of no form", """
						mutation { linkEnterpriseToSegment(input: {enterprise: "600362-sh", segment: "copper",
						  source: "illustrative"}) { enterprise { key } } }""", "BAD_INPUT",
						"input.segment: expected a segment id <chain id>/<segment id>"),
				arguments("link of an unknown firm", """
						mutation { linkEnterpriseToSegment(input: {enterprise: "nobody-here", segment: "jx-nonferrous/copper-foil",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND", "input.enterprise"),
				arguments("unknown product", """
						mutation { linkEnterpriseToProduct(input: {enterprise: "600362-sh", product: "永动机",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND", "未知的产品"),
				arguments("tag not in the list", """
						mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["超级企业"], source: "illustrative"}) {
						  enterprise { key } } }""", "BAD_INPUT", "input.add: expected one of"),
				arguments("no tag to add or remove", """
						mutation { tagEnterprise(input: {enterprise: "600362-sh", source: "illustrative"}) {
						  enterprise { key } } }""", "BAD_INPUT", "请指定要增删的标签"),
				arguments("tags of an unknown firm", """
						mutation { tagEnterprise(input: {enterprise: "nobody-here", add: ["上市"], source: "illustrative"}) {
						  enterprise { key } } }""", "NOT_FOUND", "未知的企业"),
				arguments("designation in an unknown chain", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nowhere", region: "36",
						  source: "illustrative"}) { designation { kind } } }""", "NOT_FOUND", "input.chain"),
				arguments("designation on an unknown region's list", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nonferrous", region: "369999",
						  source: "illustrative"}) { designation { kind } } }""", "NOT_FOUND", "未知的地区编码"),
				arguments("designation year out of range", """
						mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nonferrous", region: "36",
						  year: 1900, source: "illustrative"}) { designation { kind } } }""", "BAD_INPUT",
						"input.year: expected a whole number from 1980 to 2100"),
				arguments("revoking what does not exist", """
						mutation { revokeDesignation(input: {key: "CHAIN_LEADER:jx-nonferrous:36:nobody", source: "illustrative"}) {
						  revokedKey } }""", "NOT_FOUND", "未找到该认定"),
				arguments("revoking by id and key at once", """
						mutation { revokeDesignation(input: {key: "CHAIN_LEADER:jx-nonferrous:36:jiangxi-copper-group",
						  id: "%s", source: "illustrative"}) { revokedKey } }""".formatted(
								GlobalId.of("Designation", "CHAIN_LEADER:jx-nonferrous:36:jiangxi-copper-group")),
						"BAD_INPUT", "只能且必须指定一个"),
				arguments("firm supplying itself", """
						mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "600362-sh",
						  source: "illustrative"}) { supplier { key } } }""", "BAD_INPUT", "企业不能供货给自身"),
				arguments("supply to an unknown firm", """
						mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "nobody-here",
						  source: "illustrative"}) { supplier { key } } }""", "NOT_FOUND", "input.customer"),
				arguments("unlinking a link that is not there", """
						mutation { unlinkEnterpriseFromSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/copper-foil",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND",
						"input.segment: firm '600362-sh' is not linked to segment 'jx-nonferrous/copper-foil' (该企业未关联此环节)"),
				arguments("unlinking from an unknown segment", """
						mutation { unlinkEnterpriseFromSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/nowhere",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND", "未知的产业链环节"),
				arguments("unlinking a product the firm does not make", """
						mutation { unlinkEnterpriseFromProduct(input: {enterprise: "600362-sh", product: "4.5μm极薄锂电铜箔",
						  source: "illustrative"}) { enterprise { key } } }""", "NOT_FOUND", "该企业未关联此产品"),
				arguments("unlinking without a source", """
						mutation { unlinkEnterpriseFromProduct(input: {enterprise: "demo-nc-copperfoil-01",
						  product: "4.5μm极薄锂电铜箔", source: " "}) { enterprise { key } } }""", "BAD_INPUT", "input.source"),
				arguments("removing a supply relation that is not there", """
						mutation { removeSupplyRelation(input: {supplier: "demo-yt-enamel-01", customer: "demo-yt-copperrod-01",
						  source: "illustrative"}) { supplier { key } } }""", "NOT_FOUND", "两家企业之间没有该供货关系"),
				arguments("removing a firm that holds a designation", """
						mutation { removeEnterprise(input: {enterprise: "jiangxi-copper-group", source: "illustrative"}) {
						  removedKey } }""", "BAD_INPUT", "holds 2 designation(s) (CHAIN_LEADER:jx-nonferrous:36:jiangxi-copper-group, "
								+ "LEADING:jx-nonferrous:36:jiangxi-copper-group); revoke them first"),
				arguments("removing a firm the graph does not have", """
						mutation { removeEnterprise(input: {enterprise: "nobody-here", source: "illustrative"}) {
						  removedKey } }""", "NOT_FOUND", "input.enterprise"),
				arguments("removing a supply relation of an unknown firm", """
						mutation { removeSupplyRelation(input: {supplier: "nobody-here", customer: "demo-yt-copperrod-01",
						  source: "illustrative"}) { supplier { key } } }""", "NOT_FOUND", "input.supplier"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidInput")
	@Order(2)
	void invalidInputIsRefusedWithTheLoadersWordsAndChangesNothing(String name, String document, String code,
			String message) {
		refused(EDITOR, document, code, message);
	}

	@Test
	@Order(3)
	void upsertEnterpriseCreatesThenUpdatesAndAudits() {
		var created = data(EDITOR, """
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·南昌某铜箔新材料有限公司", aliases: ["南昌铜箔"],
				  regionCode: "3601", tags: ["专精特新"], founded: 2020, source: "illustrative"}) {
				  created enterprise { key name aliases founded tags region { name } source { reference illustrative } }
				  audit { actor mutation entityType entityKey entityId before after source { reference } } } }""".formatted(FIRM));
		var payload = map(created.get("upsertEnterprise"));
		assertThat(payload.get("created")).isEqualTo(true);
		assertThat(map(payload.get("enterprise"))).containsEntry("name", "示例·南昌某铜箔新材料有限公司")
			.containsEntry("founded", 2020) // stored and validated, and now read back (it was not in the schema)
			.containsEntry("tags", List.of("专精特新"))
			.containsEntry("region", Map.of("name", "南昌市"))
			.containsEntry("source", Map.of("reference", "illustrative", "illustrative", true));
		var audit = map(payload.get("audit"));
		assertThat(audit).containsEntry("actor", "test-editor")
			.containsEntry("mutation", "upsertEnterprise")
			.containsEntry("entityType", "Enterprise")
			.containsEntry("entityKey", FIRM)
			.containsEntry("entityId", GlobalId.of("Enterprise", FIRM))
			.containsEntry("before", null);
		assertThat((String) audit.get("after")).contains("\"name\":\"示例·南昌某铜箔新材料有限公司\"", "\"regionCode\":\"3601\"");
		assertThat(stored("MATCH (e:Enterprise {id: $key})-[l:LOCATED_IN]->(:Region {code: '3601'}) "
				+ "RETURN e.datasets, l.datasets, l.source", FIRM)).isEqualTo("[curation:api]|[curation:api]|illustrative");

		var updated = data(SHA_EDITOR, """
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·南昌某铜箔科技有限公司", regionCode: "３６０１０２",
				  source: "illustrative"}) { created enterprise { name aliases tags region { name } } audit { actor before after } } }"""
			.formatted(FIRM));
		payload = map(updated.get("upsertEnterprise"));
		assertThat(payload.get("created")).isEqualTo(false);
		// Every field is restated, as a data set row restates it: what is not given is removed. The code typed in full
		// width (an input method left so) is read as the loader reads it.
		assertThat(map(payload.get("enterprise"))).containsEntry("name", "示例·南昌某铜箔科技有限公司")
			.containsEntry("aliases", List.of())
			.containsEntry("tags", List.of())
			.containsEntry("region", Map.of("name", "东湖区"));
		audit = map(payload.get("audit"));
		assertThat(audit.get("actor")).isEqualTo("test-sha-editor");
		assertThat((String) audit.get("before")).contains("示例·南昌某铜箔新材料有限公司", "\"regionCode\":\"3601\"");
		assertThat((String) audit.get("after")).contains("示例·南昌某铜箔科技有限公司", "\"regionCode\":\"360102\"");
		assertThat(stored("MATCH (e:Enterprise {id: $key})-[:LOCATED_IN]->(r:Region) RETURN count(r), collect(r.code)",
				FIRM)).isEqualTo("1|[360102]");
	}

	/** GB/T 2260's padded six digits and the 12-digit statistical form, as government systems write a firm's region. */
	@Test
	@Order(13) // last: its changes are not among those the audit trail test counts
	void upsertEnterpriseReadsARegionCodeAsGovernmentSystemsWriteIt() {
		var padded = "curation-test-padded";
		var document = """
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·赣州某稀土有限公司", regionCode: "%s",
				  source: "illustrative"}) { enterprise { region { code } } } }""";
		for (var code : Map.of("360700", "3607", "360121000000", "360121", "360000", "36").entrySet()) {
			var upserted = data(EDITOR, document.formatted(padded, code.getKey()));
			assertThat(map(map(upserted.get("upsertEnterprise")).get("enterprise"))).as(code.getKey())
				.containsEntry("region", Map.of("code", code.getValue()));
			assertThat(stored("MATCH (e:Enterprise {id: $key})-[:LOCATED_IN]->(r:Region) RETURN collect(r.code)", padded))
				.isEqualTo("[" + code.getValue() + "]");
		}
		data(EDITOR, """
				mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative"}) { removedKey } }"""
			.formatted(padded));
	}

	@Test
	@Order(4)
	void aDuplicateCreditCodeFailsInsideTheTransactionAndLeavesNothing() {
		data(EDITOR, """
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·南昌某铜箔科技有限公司", regionCode: "360102",
				  creditCode: "913600001583041116", source: "illustrative"}) { created } }""".formatted(FIRM));
		// The second firm is merged, then its credit code collides: the whole transaction, audit entry included, goes.
		refused(EDITOR, """
				mutation { upsertEnterprise(input: {key: "curation-test-twin", name: "示例·另一家", regionCode: "3601",
				  creditCode: "913600001583041116", source: "illustrative"}) { created } }""", "BAD_INPUT",
				"统一社会信用代码已被示例·南昌某铜箔科技有限公司使用");
		// A stock code is no constraint of the graph: a second firm with 江西铜业's made two firms of one listed company.
		refused(EDITOR, """
				mutation { upsertEnterprise(input: {key: "curation-test-twin", name: "示例·另一家", regionCode: "3601",
				  stockCode: "600362.SH", source: "illustrative"}) { created } }""", "BAD_INPUT",
				"input.stockCode: expected a stock code no other enterprise has, found '600362.SH', which 江西铜业股份有限公司"
						+ " (600362-sh) holds (股票代码已被江西铜业股份有限公司使用) — nothing was written (未写入任何数据)");
		var error = error(EDITOR, """
				mutation { upsertEnterprise(input: {key: "curation-test-twin", name: "示例·另一家", regionCode: "3601",
				  stockCode: "600362.SH", source: "illustrative"}) { created } }""");
		assertThat(map(error.get("extensions")).get("problems")).isEqualTo(List.of(Map.of("field", "input.stockCode",
				"expected", "a stock code no other enterprise has", "found", "'600362.SH', which 江西铜业股份有限公司 (600362-sh) holds")));
	}

	@Test
	@Order(5)
	void linkEnterpriseToSegmentAndProduct() {
		var linked = data(EDITOR, """
				mutation { linkEnterpriseToSegment(input: {enterprise: "%s", segment: "jx-nonferrous/copper-foil", role: "主营",
				  source: "web:示例企业官网", quote: "主营电解铜箔"}) { enterprise { segments { name chain { name } }
				  source { curated } } audit { mutation source { reference quote } } } }""".formatted(FIRM));
		var payload = map(linked.get("linkEnterpriseToSegment"));
		// The answer's firm is the firm as a query reads it: it said curated: false, and a client's cache took it.
		assertThat(map(map(payload.get("enterprise")).get("source"))).isEqualTo(Map.of("curated", true));
		var asQueried = data(null, "{ enterprise(key: \"" + FIRM + "\") { source { curated } } }");
		assertThat(map(payload.get("enterprise")).get("source")).isEqualTo(map(asQueried.get("enterprise")).get("source"));
		assertThat(map(payload.get("enterprise")).get("segments"))
			.isEqualTo(List.of(Map.of("name", "电解铜箔", "chain", Map.of("name", "有色金属"))));
		assertThat(map(payload.get("audit"))).containsEntry("mutation", "linkEnterpriseToSegment")
			.containsEntry("source", Map.of("reference", "web:示例企业官网", "quote", "主营电解铜箔"));
		assertThat(stored("MATCH (:Enterprise {id: $key})-[r:OPERATES_IN]->(:Segment {id: 'jx-nonferrous/copper-foil'}) "
				+ "RETURN r.role, r.source, r.quote, r.illustrative, r.datasets", FIRM))
			.isEqualTo("主营|web:示例企业官网|主营电解铜箔|false|[curation:api]");

		data(EDITOR, """
				mutation { linkEnterpriseToProduct(input: {enterprise: "%s", product: "4.5μm极薄锂电铜箔", weight: 0.5,
				  source: "illustrative"}) { enterprise { key } } }""".formatted(FIRM));
		assertThat(stored("MATCH (:Enterprise {id: $key})-[r:MAKES]->(p:Product) RETURN p.name, r.weight", FIRM))
			.isEqualTo("4.5μm极薄锂电铜箔|0.5");
	}

	@Test
	@Order(6)
	void tagEnterpriseAddsAndRemoves() {
		var tagged = data(EDITOR, """
				mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["链主", "专精特新"], remove: ["上市"],
				  source: "illustrative"}) { enterprise { tags } audit { before after } } }""");
		var payload = map(tagged.get("tagEnterprise"));
		assertThat(map(payload.get("enterprise")).get("tags")).isEqualTo(List.of("链主", "专精特新"));
		assertThat((String) map(payload.get("audit")).get("before")).contains("\"tags\":[\"上市\"]");
		assertThat((String) map(payload.get("audit")).get("after")).contains("\"tags\":[\"链主\",\"专精特新\"]");
		// The firm's own record keeps its source; the demo data set and curation both list it now.
		assertThat(stored("MATCH (e:Enterprise {id: $key}) RETURN e.source, e.datasets", "600362-sh"))
			.isEqualTo("registry:上海证券交易所上市公司信息|[demo, curation:api]");
	}

	@Test
	@Order(7)
	void designateThenRevoke() {
		var designated = data(EDITOR, """
				mutation { designateEnterprise(input: {enterprise: "%s", chain: "jx-nonferrous", region: "36", kind: NAVIGATOR,
				  by: "示例·某主管部门", year: 2025, source: "illustrative"}) {
				  designation { id kind label by year enterprise { key } chain { name } region { name } source { illustrative } }
				  audit { entityType entityKey before } } }""".formatted(FIRM));
		var payload = map(designated.get("designateEnterprise"));
		var key = "NAVIGATOR:jx-nonferrous:36:" + FIRM;
		assertThat(map(payload.get("designation"))).containsEntry("id", GlobalId.of("Designation", key))
			.containsEntry("kind", "NAVIGATOR")
			.containsEntry("label", "领航")
			.containsEntry("year", 2025)
			.containsEntry("enterprise", Map.of("key", FIRM))
			.containsEntry("chain", Map.of("name", "有色金属"))
			.containsEntry("region", Map.of("name", "江西省"));
		assertThat(map(payload.get("audit"))).containsEntry("entityType", "Designation")
			.containsEntry("entityKey", key)
			.containsEntry("before", null);
		var leaders = data(null, "{ enterprise(key: \"%s\") { designations { label chain { name } } } }".formatted(FIRM));
		assertThat(map(leaders.get("enterprise")).get("designations"))
			.isEqualTo(List.of(Map.of("label", "领航", "chain", Map.of("name", "有色金属"))));

		var revoked = data(EDITOR, """
				mutation { revokeDesignation(input: {id: "%s", source: "illustrative"}) {
				  revokedKey enterprise { key designations { label } } audit { before after } } }"""
			.formatted(GlobalId.of("Designation", key)));
		payload = map(revoked.get("revokeDesignation"));
		assertThat(payload.get("revokedKey")).isEqualTo(key);
		assertThat(map(payload.get("enterprise"))).containsEntry("key", FIRM).containsEntry("designations", List.of());
		assertThat((String) map(payload.get("audit")).get("before")).contains("\"label\":\"领航\"", "\"year\":2025");
		assertThat(map(payload.get("audit")).get("after")).isNull();
		assertThat(stored("MATCH (d:Designation {id: $key}) RETURN count(d)", key)).isEqualTo("0");
	}

	/** With several 链主 of a chain in a region, a segment of the gap table lists them in key order, not storage order. */
	@Test
	@Order(7)
	@SuppressWarnings("unchecked")
	void chainLeadersOfASegmentComeInKeyOrder() {
		// 江西铜业集团 (jiangxi-copper-group) is the demo's 链主 in 36. Designated after it, in this order: 江西铜业股份
		// (600362-sh, copper smelting) and 中国南方稀土 (china-southern-rare-earth, rare-earth separation); both roll up
		// to 冶炼与分离 (smelting), and their keys sort in neither the order of designation nor its reverse.
		var firms = List.of("600362-sh", "china-southern-rare-earth");
		for (var firm : firms) {
			data(EDITOR, """
					mutation { designateEnterprise(input: {enterprise: "%s", chain: "jx-nonferrous", region: "36",
					  kind: CHAIN_LEADER, source: "illustrative"}) { designation { id } } }""".formatted(firm));
		}
		var gaps = data(null, """
				{ chainGaps(chain: "jx-nonferrous", region: "36") { segments { segment { key } chainLeaders { key } } } }""");
		var smelting = ((List<Map<String, Object>>) map(gaps.get("chainGaps")).get("segments")).stream()
			.filter(r -> map(r.get("segment")).get("key").equals("jx-nonferrous/smelting"))
			.findFirst()
			.orElseThrow();
		assertThat((List<Map<String, Object>>) smelting.get("chainLeaders")).extracting(l -> l.get("key"))
			.containsExactly("600362-sh", "china-southern-rare-earth", "jiangxi-copper-group");
		for (var firm : firms) {
			var key = "CHAIN_LEADER:jx-nonferrous:36:" + firm;
			data(EDITOR, """
					mutation { revokeDesignation(input: {id: "%s", source: "illustrative"}) { revokedKey } }"""
				.formatted(GlobalId.of("Designation", key)));
			assertThat(stored("MATCH (d:Designation {id: $key}) RETURN count(d)", key)).isEqualTo("0");
		}
	}

	@Test
	@Order(8)
	void addSupplyRelation() {
		var added = data(EDITOR, """
				mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "%s", product: "阴极铜",
				  source: "illustrative"}) { supplier { key customers(first: 100) { edges { node { key } } } }
				  customer { key suppliers { totalCount edges { node { key } } } } } }"""
			.formatted(FIRM));
		var payload = map(added.get("addSupplyRelation"));
		assertThat(map(map(payload.get("supplier")).get("customers")).get("edges")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.LIST).contains(Map.of("node", Map.of("key", FIRM)));
		assertThat(map(map(payload.get("customer")).get("suppliers"))).isEqualTo(
				Map.of("totalCount", 1, "edges", List.of(Map.of("node", Map.of("key", "600362-sh")))));
		assertThat(stored("MATCH (:Enterprise {id: '600362-sh'})-[r:SUPPLIES_TO]->(:Enterprise {id: $key}) "
				+ "RETURN r.product, r.datasets", FIRM)).isEqualTo("阴极铜|[curation:api]");
	}

	@Test
	@Order(9)
	void theAuditTrailListsEveryChangeNewestFirstInPages() {
		var firm = GlobalId.of("Enterprise", FIRM);
		var all = map(data(null, """
				{ auditTrail(filter: {entity: "%s"}, first: 100) { totalCount edges { node { mutation actor } } } }"""
			.formatted(firm)).get("auditTrail"));
		// upsert, upsert (second token), upsert (credit code), segment, product, and its 领航 designation given and
		// revoked (a firm's trail takes its designations in); the refused ones left nothing.
		assertThat(all.get("totalCount")).isEqualTo(7);
		assertThat(((List<?>) all.get("edges")).stream().map(e -> map(map(e).get("node")).get("mutation")).toList())
			.containsExactly("revokeDesignation", "designateEnterprise", "linkEnterpriseToProduct",
					"linkEnterpriseToSegment", "upsertEnterprise", "upsertEnterprise", "upsertEnterprise");

		// By its key, as a team has it, the same trail.
		assertThat(map(data(null, """
				{ auditTrail(filter: {entity: "%s"}, first: 100) { totalCount edges { node { mutation actor } } } }"""
			.formatted(FIRM)).get("auditTrail"))).isEqualTo(all);
		// A firm's trail takes its designations in: 600362-sh was designated and revoked, then supplied FIRM.
		var listed = map(data(null, """
				{ auditTrail(filter: {entity: "600362-sh"}, first: 100) { edges { node { mutation entityType } } } }""")
			.get("auditTrail"));
		assertThat(((List<?>) listed.get("edges")).stream().map(e -> map(map(e).get("node")).get("mutation")).toList())
			.containsSubsequence("addSupplyRelation", "revokeDesignation", "designateEnterprise");

		var first = map(data(null, """
				{ auditTrail(filter: {entity: "%s"}, first: 2) { pageInfo { hasNextPage endCursor } edges { node { key } } } }"""
			.formatted(firm)).get("auditTrail"));
		assertThat(map(first.get("pageInfo")).get("hasNextPage")).isEqualTo(true);
		var next = map(data(null, """
				{ auditTrail(filter: {entity: "%s"}, first: 2, after: "%s") { edges { node { mutation } } } }"""
			.formatted(firm, map(first.get("pageInfo")).get("endCursor"))).get("auditTrail"));
		assertThat(((List<?>) next.get("edges")).stream().map(e -> map(map(e).get("node")).get("mutation")).toList())
			.containsExactly("linkEnterpriseToProduct", "linkEnterpriseToSegment");

		var byActor = map(data(null, "{ auditTrail(filter: {actor: \"test-sha-editor\"}) { totalCount } }").get("auditTrail"));
		assertThat(byActor.get("totalCount")).isEqualTo(1);
		var linked = map(data(null, """
				{ auditTrail(filter: {mutations: ["linkEnterpriseToSegment", "linkEnterpriseToProduct"]}) {
				  totalCount edges { node { mutation } } } }""").get("auditTrail"));
		assertThat(linked.get("totalCount")).isEqualTo(2);
		assertThat(((List<?>) linked.get("edges")).stream().map(e -> map(map(e).get("node")).get("mutation")).toList())
			.containsExactly("linkEnterpriseToProduct", "linkEnterpriseToSegment");
		var typo = error(null, "{ auditTrail(filter: {mutations: [\"removeEnterprse\"]}) { totalCount } }");
		assertThat(GraphQlClient.code(typo)).isEqualTo("BAD_INPUT");
		assertThat((String) typo.get("message")).contains("'removeEnterprse'", "did you mean removeEnterprise?");
		var future = map(data(null, "{ auditTrail(filter: {since: \"2999-01-01\"}) { totalCount } }").get("auditTrail"));
		assertThat(future.get("totalCount")).isEqualTo(0);
		var everything = map(data(null, "{ auditTrail { totalCount } }").get("auditTrail"));
		// 5 on the firm, the tags of 600362-sh, designate and revoke, two more 链主 designated and revoked, the supply
		// relation.
		assertThat(everything.get("totalCount")).isEqualTo(13);
		assertThat(GraphQlClient.code(error(null, "{ auditTrail(filter: {since: \"yesterday\"}) { totalCount } }")))
			.isEqualTo("BAD_INPUT");
		// The request limits apply here as everywhere.
		assertThat(GraphQlClient.code(error(null, "{ auditTrail(first: 500) { totalCount } }"))).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	@Order(10)
	void aPruneOfTheDemoDataSetKeepsWhatCurationWroteOrTouched() {
		// --prune of the demo data set, as if it no longer listed 600362-sh (tagged through the API) nor
		// demo-yt-copperrod-01 (untouched): the first stays, listed by curation; the second goes.
		try (var session = TestNeo4j.driver().session()) {
			var keep = session.run("MATCH (e:Enterprise) WHERE 'demo' IN e.datasets AND NOT e.id IN ['600362-sh', 'demo-yt-copperrod-01'] "
					+ "RETURN collect(e.id) AS keep").single().get("keep").asList();
			session.run(CypherCatalog.standard().query("load/prune-nodes"),
					Map.of("label", "Enterprise", "keyProperty", "id", "keep", keep, "dataset", "demo", "apply", true,
							"sample", 5)).consume();
			assertThat(session.run("MATCH (e:Enterprise) WHERE e.id IN ['600362-sh', 'demo-yt-copperrod-01', $firm] "
					+ "RETURN collect([e.id] + e.datasets) AS left", Map.of("firm", FIRM)).single().get("left").asList())
				.containsExactlyInAnyOrder(List.of("600362-sh", "curation:api"), List.of(FIRM, "curation:api"));
		}
	}

	/**
	 * The removals undo links curation made (and the demo data set's, which a later load would make again): the
	 * payload, the graph and the audit entry, whose {@code before} keeps what the link held; a second removal of the
	 * same link is NOT_FOUND and changes nothing.
	 */
	@Test
	@Order(11)
	void unlinkAndRemoveUndoLinksAndTheAuditKeepsWhatTheyHeld() {
		var unlinked = map(data(EDITOR, """
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "%s", segment: "jx-nonferrous/copper-foil",
				  source: "web:示例企业官网", quote: "已停产电解铜箔"}) { enterprise { segments { key } }
				  audit { mutation entityKey before after source { reference quote } } } }""".formatted(FIRM))
			.get("unlinkEnterpriseFromSegment"));
		assertThat(map(unlinked.get("enterprise")).get("segments")).isEqualTo(List.of());
		var audit = map(unlinked.get("audit"));
		assertThat(audit).containsEntry("mutation", "unlinkEnterpriseFromSegment")
			.containsEntry("entityKey", FIRM)
			.containsEntry("source", Map.of("reference", "web:示例企业官网", "quote", "已停产电解铜箔"));
		// What the link held (set in linkEnterpriseToSegmentAndProduct) is kept in the entry.
		assertThat((String) audit.get("before")).contains("\"segments\":[\"jx-nonferrous/copper-foil (主营)\"]",
				"\"removed\":{", "\"role\":\"主营\"", "\"quote\":\"主营电解铜箔\"", "\"segment\":\"jx-nonferrous/copper-foil\"");
		assertThat((String) audit.get("after")).contains("\"segments\":[]").doesNotContain("removed");
		assertThat(stored("MATCH (:Enterprise {id: $key})-[r:OPERATES_IN]->() RETURN count(r)", FIRM)).isEqualTo("0");
		refused(EDITOR, """
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "%s", segment: "jx-nonferrous/copper-foil",
				  source: "illustrative"}) { enterprise { key } } }""".formatted(FIRM), "NOT_FOUND", "该企业未关联此环节");

		var product = map(data(EDITOR, """
				mutation { unlinkEnterpriseFromProduct(input: {enterprise: "%s", product: "4.5μm极薄锂电铜箔",
				  source: "illustrative"}) { audit { before after } } }""".formatted(FIRM)).get("unlinkEnterpriseFromProduct"));
		assertThat((String) map(product.get("audit")).get("before")).contains("\"weight\":0.5", "\"product\":\"4.5μm极薄锂电铜箔\"");
		assertThat((String) map(product.get("audit")).get("after")).contains("\"products\":[]");
		assertThat(stored("MATCH (:Enterprise {id: $key})-[r:MAKES]->() RETURN count(r)", FIRM)).isEqualTo("0");

		var supply = map(data(EDITOR, """
				mutation { removeSupplyRelation(input: {supplier: "600362-sh", customer: "%s", source: "illustrative"}) {
				  supplier { key } customer { suppliers { totalCount } } audit { entityKey before } } }""".formatted(FIRM))
			.get("removeSupplyRelation"));
		assertThat(map(supply.get("supplier"))).containsEntry("key", "600362-sh");
		assertThat(map(supply.get("customer"))).containsEntry("suppliers", Map.of("totalCount", 0));
		assertThat(map(supply.get("audit"))).containsEntry("entityKey", "600362-sh");
		assertThat((String) map(supply.get("audit")).get("before")).contains("\"product\":\"阴极铜\"",
				"\"customer\":\"" + FIRM + "\"");
		assertThat(stored("MATCH (:Enterprise {id: '600362-sh'})-[r:SUPPLIES_TO]->(:Enterprise {id: $key}) RETURN count(r)",
				FIRM)).isEqualTo("0");

		// A link the demo data set made: the entry names the data set, the file to mend so a reload does not bring it back.
		var loaded = map(data(EDITOR, """
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "600362-sh", segment: "jx-nonferrous/copper-ore",
				  source: "illustrative"}) { enterprise { segments { key } } audit { before } } }""")
			.get("unlinkEnterpriseFromSegment"));
		assertThat(map(loaded.get("enterprise")).get("segments")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.LIST).doesNotContain(Map.of("key", "jx-nonferrous/copper-ore"));
		assertThat((String) map(loaded.get("audit")).get("before")).contains("\"datasets\":[\"demo\"]",
				"\"source\":\"web:江西铜业年报/官网 主营业务\"");
	}

	/**
	 * removeEnterprise takes the firm and every link it has; the audit entry keeps them all, and the firm's own trail
	 * stays readable after it is gone.
	 */
	@Test
	@Order(12)
	void removeEnterpriseTakesTheFirmAndItsLinksAndTheAuditKeepsThem() {
		var firm = "curation-test-removed-firm";
		data(EDITOR, """
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·误录入的企业", regionCode: "3601", source: "illustrative"}) {
				  created } }""".formatted(firm));
		data(EDITOR, """
				mutation { linkEnterpriseToSegment(input: {enterprise: "%s", segment: "jx-nonferrous/copper-foil", role: "主营",
				  source: "illustrative"}) { enterprise { key } } }""".formatted(firm));
		data(EDITOR, """
				mutation { addSupplyRelation(input: {supplier: "600362-sh", customer: "%s", product: "阴极铜",
				  source: "illustrative"}) { supplier { key } } }""".formatted(firm));
		data(EDITOR, """
				mutation { addSupplyRelation(input: {supplier: "%s", customer: "demo-nc-copperfoil-01",
				  source: "illustrative"}) { supplier { key } } }""".formatted(firm));

		var removed = map(data(EDITOR, """
				mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative", quote: "示例：重复录入"}) {
				  removedKey audit { mutation entityKey before after } } }""".formatted(firm)).get("removeEnterprise"));
		assertThat(removed.get("removedKey")).isEqualTo(firm);
		var audit = map(removed.get("audit"));
		assertThat(audit).containsEntry("mutation", "removeEnterprise").containsEntry("after", null);
		assertThat((String) audit.get("before")).contains("\"name\":\"示例·误录入的企业\"", "\"removed\":{",
				"\"region\":\"3601\"", "\"segment\":\"jx-nonferrous/copper-foil\"", "\"role\":\"主营\"",
				"\"supplier\":\"600362-sh\"", "\"product\":\"阴极铜\"", "\"customer\":\"demo-nc-copperfoil-01\"");
		assertThat(stored("MATCH (e:Enterprise {id: $key}) RETURN count(e)", firm)).isEqualTo("0");
		assertThat(stored("MATCH (e:Enterprise) WHERE e.id IN [$key, '600362-sh', 'demo-nc-copperfoil-01'] RETURN count(e)",
				firm)).isEqualTo("2");
		assertThat(post(null, "{ enterprise(key: \"" + firm + "\") { name } }")).extracting("data")
			.isEqualTo(java.util.Collections.singletonMap("enterprise", null));
		// Its trail: created, linked, supplied, removed (the first supply relation is recorded on 600362-sh).
		var trail = map(data(null, """
				{ auditTrail(filter: {entity: "%s"}) { edges { node { mutation } } } }"""
			.formatted(GlobalId.of("Enterprise", firm))).get("auditTrail"));
		assertThat(((List<?>) trail.get("edges")).stream().map(e -> map(map(e).get("node")).get("mutation")).toList())
			.containsExactly("removeEnterprise", "addSupplyRelation", "linkEnterpriseToSegment", "upsertEnterprise");
		refused(EDITOR, """
				mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative"}) { removedKey } }"""
			.formatted(firm), "NOT_FOUND", "input.enterprise");
	}

	private void refused(String token, String document, String code, String message) {
		var before = GraphFingerprint.of(TestNeo4j.driver());
		var error = error(token, document);
		assertThat(GraphQlClient.code(error)).as("%s", error).isEqualTo(code);
		assertThat((String) error.get("message")).contains(message);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
	}

	private Map<String, Object> post(String token, String document) {
		return new GraphQlClient(this.http).answer(document, token);
	}

	private Map<String, Object> data(String token, String document) {
		var body = post(token, document);
		assertThat(body.get("errors")).as("errors of %s", document).isNull();
		return map(body.get("data"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> error(String token, String document) {
		var errors = (List<Map<String, Object>>) post(token, document).get("errors");
		assertThat(errors).as("errors of %s", document).isNotEmpty();
		return errors.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	/** The one row the query returns, its values joined by '|'. */
	private static String stored(String query, String key) {
		try (var session = TestNeo4j.driver().session()) {
			var values = session.run(query, Map.of("key", key)).single().values();
			return String.join("|", values.stream().map(v -> String.valueOf(v.asObject())).toList());
		}
	}

}
