package io.chaingraph.api.region;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regions and chains by name as people write them: a region by its name without the suffix (江西, 赣州, 广西), the
 * highest level first, and a name that several regions or chains share refused with the candidates, never answered
 * with one of them picked by code order.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class LookupByNameTest {

	@Autowired
	TestRestTemplate http;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private String regionCode(String name) {
		var region = (Map<String, Object>) client().data("{ region(name: \"" + name + "\") { code } }").get("region");
		return region == null ? null : (String) region.get("code");
	}

	@Test
	void aRegionIsFoundByItsNameFullNameOrShortName() {
		// Names and codes from the shipped GB/T 2260 data (loader/.../reference/regions-cn).
		var expected = Map.ofEntries(Map.entry("南昌市", "3601"), Map.entry("江西省南昌市", "3601"),
				Map.entry("江西", "36"), Map.entry("赣州", "3607"), Map.entry("广西", "45"), Map.entry("内蒙古", "15"),
				Map.entry("新疆", "65"), Map.entry("恩施", "4228"), Map.entry("神农架", "429021"),
				Map.entry("浦东", "310115"), Map.entry("长三角", "CA-YRD"), Map.entry("福建省福州市鼓楼区", "350102"),
				Map.entry(" 赣州市 ", "3607"));
		expected.forEach((name, code) -> assertThat(regionCode(name)).as(name).isEqualTo(code));
	}

	/** Latin letters in either case, as people type them: vr for the chain aliased VR, 南昌vr科创城 for the zone. */
	@Test
	@SuppressWarnings("unchecked")
	void latinLettersInANameMatchInEitherCase() {
		assertThat(regionCode("南昌vr科创城")).isEqualTo("3601Z04");
		for (var name : List.of("vr", "Vr", "虚拟现实(vr)", "vr产业链", "ｖｒ")) {
			var chain = (Map<String, Object>) client().data("{ chain(name: \"" + name + "\") { key } }").get("chain");
			assertThat(chain).as(name).containsEntry("key", "jx-vr");
		}
		var led = (Map<String, Object>) client().data("{ chain(name: \"led\") { key } }").get("chain");
		assertThat(led).containsEntry("key", "jx-led");
		// Filters take them as chain(name:) does.
		var firms = (Map<String, Object>) client()
			.data("{ enterprises(filter: {chain: \"vr\", region: \"南昌vr科创城\"}, first: 1) { totalCount } }").get("enterprises");
		assertThat((Integer) firms.get("totalCount")).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameInTraditionalCharactersIsFoundAsItsSimplifiedForm() {
		assertThat(regionCode("贛州")).isEqualTo("3607");
		assertThat(regionCode("江西省贛州市")).isEqualTo("3607");
		assertThat(regionCode("鷹潭")).isEqualTo("3606");
		// 乾 is a simplified character too (and 干 the simplified form of 乾 in 乾燥): the name as given comes first.
		assertThat(regionCode("乾安县")).isEqualTo("220723");
		assertThat(regionCode("乾县")).isEqualTo("610424");
		var chain = (Map<String, Object>) client().data("{ chain(name: \"有色金屬\") { key } }").get("chain");
		assertThat(chain).containsEntry("key", "jx-nonferrous");
		// A name several regions share is refused in either writing.
		assertThat(GraphQlClient.code(client().error("{ region(name: \"鼓樓區\") { code } }"))).isEqualTo("BAD_INPUT");
		// Filters and questions take them as region(name:) does.
		var gaps = (Map<String, Object>) client()
			.data("{ chainGaps(chain: \"有色金屬\", region: \"贛州\") { region { code } } }").get("chainGaps");
		assertThat(gaps).isEqualTo(Map.of("region", Map.of("code", "3607")));
	}

	/**
	 * A region as documents write it, with its city (and county) in front but not its province: 赣州市章贡区 was null
	 * and NOT_FOUND in the questions (with 江西省赣州市章贡区 as a suggestion), 南昌市南昌高新区 suggested 南昌县.
	 */
	@Test
	void aRegionIsFoundWithItsParentsInFront() {
		var expected = Map.ofEntries(Map.entry("赣州市章贡区", "360702"), Map.entry("南京市鼓楼区", "320106"),
				Map.entry("宜春市袁州区", "360902"), Map.entry("南昌市南昌高新区", "3601Z01"),
				Map.entry("赣州市赣州经开区", "3607Z01"), Map.entry("南昌县南昌小蓝经开区", "360121Z01"),
				Map.entry("江西省 赣州市", "3607"), Map.entry("赣州市　章贡区", "360702"), Map.entry("北京市海淀区", "110108"));
		expected.forEach((name, code) -> assertThat(regionCode(name)).as(name).isEqualTo(code));
		// The rest must be a region above's whole full name: not a piece of a name.
		assertThat(regionCode("州市章贡区")).isNull();
		assertThat(regionCode("南昌市章贡区")).isNull();
		// The questions and downloads take it as region(name:) does.
		var gaps = "{ chainGaps(chain: \"%s\", region: \"%s\") { region { code } summary { missing weak covered } } }";
		assertThat(client().data(gaps.formatted("jx-nonferrous", "赣州市章贡区")))
			.isEqualTo(client().data(gaps.formatted("jx-nonferrous", "360702")));
		var csv = this.http.getForEntity("/export/chain-gaps.csv?chain={c}&region={r}", String.class, "有色金属", "南京市鼓楼区");
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("有色金属-鼓楼区-产业链缺口.csv");
	}

	/**
	 * A chain as documents write it, with or without 产业链, 产业 or 业 (稀土 for the alias 稀土产业链, 有色金属产业,
	 * 装备制造业): chain(name:) was null and the questions NOT_FOUND; two chains a form fits are refused with both.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aChainIsFoundWithOrWithoutTheWordForIndustry() {
		var expected = Map.ofEntries(Map.entry("稀土", "jx-nonferrous"), Map.entry("稀土产业", "jx-nonferrous"),
				Map.entry("有色金属产业", "jx-nonferrous"), Map.entry("钨产业", "jx-nonferrous"),
				Map.entry("装备制造业", "jx-equipment"), Map.entry("电子信息产业", "jx-electronics"),
				Map.entry("LED产业", "jx-led"), Map.entry("新能源汽车产业", "jx-auto"), Map.entry("大数据", "js-bigdata"),
				Map.entry("纺织服装产业", "jx-textile"), Map.entry("稀土產業", "jx-nonferrous"));
		expected.forEach((name, key) -> {
			var chain = (Map<String, Object>) client().data("{ chain(name: \"" + name + "\") { key } }").get("chain");
			assertThat(chain).as(name).containsEntry("key", key);
		});
		// The words alone name nothing.
		assertThat(client().data("{ chain(name: \"产业链\") { key } }").get("chain")).isNull();
		assertThat(client().data("{ chain(name: \"产业\") { key } }").get("chain")).isNull();
		var gaps = "{ chainGaps(chain: \"%s\", region: \"赣州\") { chain { key } summary { missing weak covered } } }";
		assertThat(client().data(gaps.formatted("稀土产业"))).isEqualTo(client().data(gaps.formatted("jx-nonferrous")));
		var firms = "{ enterprises(filter: {chain: \"%s\"}, first: 3) { totalCount edges { node { key } } } }";
		assertThat(client().data(firms.formatted("装备制造业"))).isEqualTo(client().data(firms.formatted("jx-equipment")));
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Chain {id: 'lookup-test-1', name: '测试甲', aliases: ['测试乙产业链']}),
					       (:Chain {id: 'lookup-test-2', name: '测试乙产业'})""").consume();
			try {
				var error = client().error("{ chain(name: \"测试乙\") { key } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((List<String>) ((Map<String, Object>) error.get("extensions")).get("candidates"))
					.containsExactly("测试甲 (lookup-test-1)", "测试乙产业 (lookup-test-2)");
				// The name as written wins over the forms: 测试乙产业 is the second chain's name.
				var chain = (Map<String, Object>) client().data("{ chain(name: \"测试乙产业\") { key } }").get("chain");
				assertThat(chain).containsEntry("key", "lookup-test-2");
			}
			finally {
				session.run("MATCH (c:Chain) WHERE c.id STARTS WITH 'lookup-test-' DETACH DELETE c").consume();
			}
		}
	}

	/**
	 * A product's name with its Latin letters in another case (cob光源 for COB光源, NB-IOT智能水表) was null; two
	 * products whose names differ only in case are refused with both.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aProductNameMatchesInEitherCase() {
		for (var name : List.of("cob光源", "Cob光源", "ＣＯＢ光源", "COB光源")) {
			var product = (Map<String, Object>) client().data("{ product(name: \"" + name + "\") { name } }").get("product");
			assertThat(product).as(name).containsEntry("name", "COB光源");
		}
		var product = (Map<String, Object>) client().data("{ product(name: \"nb-iot智能水表\") { name } }").get("product");
		assertThat(product).containsEntry("name", "NB-IoT智能水表");
		assertThat(client().data("{ upstream(from: \"cob光源\", maxHops: 1) { enterprisesCount } }"))
			.isEqualTo(client().data("{ upstream(from: \"COB光源\", maxHops: 1) { enterprisesCount } }"));
		try (var session = TestNeo4j.driver().session()) {
			session.run("CREATE (:Product {name: 'cob光源'})").consume();
			try {
				var error = client().error("{ product(name: \"Cob光源\") { name } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((List<String>) ((Map<String, Object>) error.get("extensions")).get("candidates"))
					.containsExactly("COB光源", "cob光源");
				// A name as the graph writes it is that product.
				var exact = (Map<String, Object>) client().data("{ product(name: \"cob光源\") { name } }").get("product");
				assertThat(exact).containsEntry("name", "cob光源");
			}
			finally {
				session.run("MATCH (p:Product {name: 'cob光源'}) DETACH DELETE p").consume();
			}
		}
	}

	@Test
	void theHighestLevelWinsWhenRegionsOfDifferentLevelsShareAName() {
		// 南昌 is 南昌市 (3601), not its 南昌县 (360121); 吉林 the province (22), not 吉林市 (2202); 东莞市 the city,
		// not the county-level entry of the same name under it (441900).
		assertThat(regionCode("南昌")).isEqualTo("3601");
		assertThat(regionCode("南昌县")).isEqualTo("360121");
		assertThat(regionCode("吉林")).isEqualTo("22");
		assertThat(regionCode("东莞市")).isEqualTo("4419");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameSeveralRegionsOfOneLevelShareIsRefusedWithTheCandidates() {
		var error = client().error("{ region(name: \"鼓楼区\") { code } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
		var extensions = (Map<String, Object>) error.get("extensions");
		assertThat(extensions).containsEntry("matches", 4);
		assertThat((List<String>) extensions.get("candidates")).containsExactly("江苏省南京市鼓楼区 (320106)",
				"江苏省徐州市鼓楼区 (320302)", "福建省福州市鼓楼区 (350102)", "河南省开封市鼓楼区 (410204)");
		assertThat((String) error.get("message")).contains("'鼓楼区' matches 4").contains("请改用区划代码或全称");
	}

	@Test
	void aNameNoRegionHasIsNull() {
		assertThat(regionCode("赣")).as("one character is not a short name").isNull();
		assertThat(regionCode("江西省省")).isNull();
		assertThat(regionCode("西省")).as("a short name is the start of the name").isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChainNameBeatsAnAliasAndTwoChainsOfOneNameAreRefused() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Chain {id: 'lookup-test-1', name: '测试重名链', aliases: ['有色金属']}),
					       (:Chain {id: 'lookup-test-2', name: '测试重名链'})""").consume();
			try {
				var chain = (Map<String, Object>) client().data("{ chain(name: \"有色金属\") { key } }").get("chain");
				assertThat(chain).containsEntry("key", "jx-nonferrous");
				var error = client().error("{ chain(name: \"测试重名链\") { key } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((List<String>) ((Map<String, Object>) error.get("extensions")).get("candidates"))
					.containsExactly("测试重名链 (lookup-test-1)", "测试重名链 (lookup-test-2)");
				// Said as the segment and cluster messages say it (环节编号, 集群编号), not in database words (业务主键).
				assertThat((String) error.get("message")).contains("请改用产业链编号或 ID").doesNotContain("主键");
			}
			finally {
				session.run("MATCH (c:Chain) WHERE c.id STARTS WITH 'lookup-test-' DETACH DELETE c").consume();
			}
		}
	}

	@Test
	void theGapAndOverlapQuestionsTakeNamesAsWellAsKeys() {
		var client = client();
		var gaps = "{ chainGaps(chain: \"%s\", region: \"%s\") { chain { key } region { code } "
				+ "segments { segment { key } firms status } summary { missing weak covered } } }";
		assertThat(client.data(gaps.formatted("有色金属", "赣州"))).isEqualTo(client.data(gaps.formatted("jx-nonferrous", "3607")));
		var targets = "{ supplementTargets(chain: \"%s\", region: \"%s\", first: 10) { totalCount "
				+ "edges { node { enterprise { key } score } } } }";
		assertThat(client.data(targets.formatted("铜产业链", "江西"))).isEqualTo(client.data(targets.formatted("jx-nonferrous", "36")));
		var overlap = "{ regionalOverlap(regions: [%s], chain: \"%s\") { regions { code } segmentCount "
				+ "pairs { jaccard } } }";
		assertThat(client.data(overlap.formatted("\"江西\", \"江苏省\"", "有色金属")))
			.isEqualTo(client.data(overlap.formatted("\"36\", \"32\"", "jx-nonferrous")));
		var compare = "{ compareRegions(regions: [%s], chain: \"%s\") { regions { code } firmCounts } }";
		assertThat(client.data(compare.formatted("\"赣州\", \"3601\"", "有色金属")))
			.isEqualTo(client.data(compare.formatted("\"3607\", \"3601\"", "jx-nonferrous")));
	}

	@Test
	void aNameInAQuestionIsRefusedWhenAmbiguousAndNotFoundWhenUnknown() {
		var client = client();
		assertThat(GraphQlClient.code(client.error("{ chainGaps(chain: \"有色金属\", region: \"鼓楼区\") { weakBelow } }")))
			.isEqualTo("BAD_INPUT");
		var unknown = client.error("{ chainGaps(chain: \"有色金属\", region: \"不存在的地方\") { weakBelow } }");
		assertThat(GraphQlClient.code(unknown)).isEqualTo("NOT_FOUND");
		assertThat((String) unknown.get("message")).contains("不存在的地方");
		assertThat(GraphQlClient.code(client.error("{ regionalOverlap(regions: [\"江西\", \"36\"]) { segmentCount } }")))
			.as("江西 is 36: asked twice").isEqualTo("BAD_INPUT");
	}

	@Test
	void aDownloadTakesNamesToo() {
		var csv = this.http.getForEntity("/export/chain-gaps.csv?chain={c}&region={r}", String.class, "有色金属", "赣州");
		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		var byCodes = this.http.getForObject("/export/chain-gaps.csv?chain=jx-nonferrous&region=3607", String.class);
		assertThat(csv.getBody()).isEqualTo(byCodes).contains("铜矿采选");
		assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("有色金属-赣州市-产业链缺口.csv");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFirmAndChainListsTakeNamesAndRefuseWhatTheGraphDoesNotHave() {
		var client = client();
		var firms = "{ enterprises(filter: {region: \"%s\", chain: \"%s\"}, first: 5) { totalCount edges { node { key } } } }";
		var byCodes = client.data(firms.formatted("3607", "jx-nonferrous"));
		assertThat((Integer) ((Map<String, Object>) byCodes.get("enterprises")).get("totalCount")).isPositive();
		assertThat(client.data(firms.formatted("赣州", "有色金属"))).isEqualTo(byCodes);
		var chains = "{ chains(filter: {region: \"%s\"}) { totalCount } }";
		assertThat(client.data(chains.formatted("江西"))).isEqualTo(client.data(chains.formatted("36")));
		// A region that exists but has no firms of the chain is still an empty list, not an error.
		assertThat(client.data(firms.formatted("650102", "jx-nonferrous")).toString()).contains("totalCount=0");
		var unknown = client.error(firms.formatted("3607", "no-such-chain"));
		assertThat(GraphQlClient.code(unknown)).isEqualTo("NOT_FOUND");
		assertThat((String) unknown.get("message")).contains("no-such-chain");
		assertThat(GraphQlClient.code(client.error(chains.formatted("不存在的地方")))).isEqualTo("NOT_FOUND");
	}

	@SuppressWarnings("unchecked")
	private String firmKey(String name) {
		var firm = (Map<String, Object>) client().data("{ enterprise(name: \"" + name.replace("\"", "\\\"") + "\") { key } }")
			.get("enterprise");
		return firm == null ? null : (String) firm.get("key");
	}

	/**
	 * A firm by the name a document writes: its registered name or its alias as the data set lists it (赣锋锂业), in
	 * full width, either case or traditional characters; enterprise(id, key) took neither, and a part of a name that is
	 * no firm's alias is no firm.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aFirmIsFoundByItsNameOrAlias() {
		var expected = Map.ofEntries(Map.entry("江西赣锋锂业集团股份有限公司", "002460-sz"), Map.entry("赣锋锂业", "002460-sz"),
				Map.entry(" 赣锋锂业 ", "002460-sz"), Map.entry("江西贛鋒鋰業集團股份有限公司", "002460-sz"),
				Map.entry("ganfeng lithium", "002460-sz"), Map.entry("ＧＡＮＦＥＮＧ　Ｌｉｔｈｉｕｍ", "002460-sz"),
				Map.entry("孚能科技（赣州）股份有限公司", "688567-sh"), Map.entry("孚能科技(赣州)股份有限公司", "688567-sh"),
				Map.entry("江西铜业股份有限公司", "600362-sh"), Map.entry("江铜集团", "jiangxi-copper-group"),
				Map.entry("晶能光电（江西）有限公司", "lattice-power"));
		expected.forEach((name, key) -> assertThat(firmKey(name)).as(name).isEqualTo(key));
		// No guessing from a part of a name.
		for (var part : List.of("赣锋", "锂业", "江西赣锋锂业", "赣锋锂业集团", "铜业股份有限公司", "有限公司", "赣", "", " ", "（）",
				"\"")) {
			assertThat(firmKey(part)).as(part).isNull();
		}
		// The profile a name opens is the key's, in the one-statement shape too.
		var profile = "{ enterprise(%s) { name region { fullName } segments { name } suppliers(first: 3) { totalCount } } }";
		assertThat(client().data(profile.formatted("name: \"赣锋锂业\"")))
			.isEqualTo(client().data(profile.formatted("key: \"002460-sz\"")));
		var name = (Map<String, Object>) client().data("{ enterprise(name: \"赣锋锂业\") { name } }").get("enterprise");
		assertThat(name).containsEntry("name", "江西赣锋锂业集团股份有限公司");
		assertThat(GraphQlClient.code(client().error("{ enterprise(key: \"002460-sz\", name: \"赣锋锂业\") { name } }")))
			.isEqualTo("BAD_INPUT");
	}

	/**
	 * Registrations put the place or 集团 in brackets and people drop them, or add brackets a name has not: the name
	 * with its brackets left out is the firm's, and so for an alias, with no part of a name guessed. Two firms whose
	 * names differ only in brackets are refused with both; the one a name as written is wins.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aFirmIsFoundWithTheBracketsOfItsNameLeftOutOrAdded() {
		var expected = Map.ofEntries(Map.entry("孚能科技赣州股份有限公司", "688567-sh"),
				Map.entry("昌河飞机工业集团有限责任公司", "changhe-aircraft"), Map.entry("华虹半导体无锡有限公司", "hh-wuxi"),
				Map.entry("中国北方稀土集团高科技股份有限公司", "600111-sh"), Map.entry("晶能光电江西有限公司", "lattice-power"),
				Map.entry("江西銅業(集團)有限公司", "jiangxi-copper-group"), Map.entry("孚能科技【赣州】股份有限公司", "688567-sh"));
		expected.forEach((name, key) -> assertThat(firmKey(name)).as(name).isEqualTo(key));
		for (var part : List.of("孚能科技赣州", "孚能科技股份有限公司", "华虹半导体有限公司", "(赣州)")) {
			assertThat(firmKey(part)).as(part).isNull();
		}
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (nc:Region {code: '3601'}), (gz:Region {code: '3607'})
					CREATE (:Enterprise {id: 'lookup-test-1', name: '测试括号(南昌)材料有限公司'})-[:LOCATED_IN]->(nc),
					       (:Enterprise {id: 'lookup-test-2', name: '测试括号南昌材料有限公司'})-[:LOCATED_IN]->(gz)""")
				.consume();
			try {
				assertThat(firmKey("测试括号(南昌)材料有限公司")).isEqualTo("lookup-test-1");
				assertThat(firmKey("测试括号（南昌）材料有限公司")).isEqualTo("lookup-test-1");
				assertThat(firmKey("测试括号南昌材料有限公司")).isEqualTo("lookup-test-2");
				var error = client().error("{ enterprise(name: \"测试括号[南昌]材料有限公司\") { key } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((Map<String, Object>) error.get("extensions")).containsEntry("matches", 2);
			}
			finally {
				session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'lookup-test-' DETACH DELETE e").consume();
			}
		}
	}

	/**
	 * A name pasted with its English or 拼音 in brackets (赣州 (Ganzhou), 中微公司(AMEC), 南康區(qū) as a copy of a
	 * traditional-character article writes it) is the name without them, once the name as written finds nothing.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aNameIsFoundWithoutTheEnglishOrPinyinPastedWithIt() {
		var regions = Map.of("赣州 (Ganzhou)", "3607", "赣州（Ganzhou）", "3607", "南昌 (Nanchang)", "3601",
				"南康區(qū)", "360703", "贛州高新區(qū)", "360704Z01", "粵港澳大灣區(qū)", "CA-GBA");
		regions.forEach((name, code) -> assertThat(regionCode(name)).as(name).isEqualTo(code));
		assertThat(firmKey("赣锋锂业 (Ganfeng Lithium)")).isEqualTo("002460-sz");
		assertThat(firmKey("中微公司(AMEC)")).isEqualTo("688012-sh");
		assertThat(firmKey("南方稀土集團(tuán)")).isEqualTo(firmKey("南方稀土集团")).isNotNull();
		var chain = (Map<String, Object>) client().data("{ chain(name: \"生物醫(yī)藥\") { key } }").get("chain");
		assertThat(chain).isNotNull();
		// English a name holds is the name's: 虚拟现实(VR) is the chain, as written.
		var vr = (Map<String, Object>) client().data("{ chain(name: \"虚拟现实(VR)\") { name } }").get("chain");
		assertThat(vr).containsEntry("name", "虚拟现实(VR)");
		// The questions read a name so too.
		var gaps = (Map<String, Object>) client()
			.data("{ chainGaps(chain: \"有色金属\", region: \"赣州 (Ganzhou)\") { region { code } } }").get("chainGaps");
		assertThat((Map<String, Object>) gaps.get("region")).containsEntry("code", "3607");
	}

	/**
	 * 台湾省, 香港特别行政区 and 澳门特别行政区 are regions at province level (GB/T 2260's 71, 81, 82), by the names
	 * documents write and in 粤港澳大湾区; with no firm located there, the questions answer for a region without firms
	 * (every segment a 断点, nothing covered) rather than refuse or fail.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void hongKongMacaoAndTaiwanAreRegionsAtProvinceLevel() {
		var expected = Map.of("香港", "81", "香港特别行政区", "81", "澳门", "82", "澳門特別行政區", "82", "台湾", "71",
				"台湾省", "71");
		expected.forEach((name, code) -> assertThat(regionCode(name)).as(name).isEqualTo(code));
		var padded = (Map<String, Object>) client().data("{ region(code: \"810000\") { code } }").get("region");
		assertThat(padded).containsEntry("code", "81");
		var hk = (Map<String, Object>) client()
			.data("{ region(name: \"香港\") { name fullName level parent { code } children { code } source { reference } } }")
			.get("region");
		assertThat(hk).containsEntry("name", "香港特别行政区").containsEntry("fullName", "香港特别行政区")
			.containsEntry("level", "PROVINCE").containsEntry("parent", null).containsEntry("children", List.of());
		assertThat((String) ((Map<String, Object>) hk.get("source")).get("reference")).contains("GB/T 2260");
		var area = (Map<String, Object>) client().data("{ region(name: \"粤港澳大湾区\") { members { code } } }").get("region");
		assertThat((List<Map<String, Object>>) area.get("members")).extracting(m -> m.get("code")).contains("81", "82", "4403");
		var search = (List<Map<String, Object>>) client().data("{ search(text: \"香港\", types: [REGION]) { name } }").get("search");
		assertThat(search).extracting(h -> h.get("name")).first().isEqualTo("香港特别行政区");
		var gaps = (Map<String, Object>) client()
			.data("{ chainGaps(chain: \"jx-nonferrous\", region: \"香港\") { summary { segments missing coveredSegments } } }")
			.get("chainGaps");
		var summary = (Map<String, Object>) gaps.get("summary");
		assertThat((Integer) summary.get("segments")).isPositive().isEqualTo(summary.get("missing"));
		assertThat(summary).containsEntry("coveredSegments", 0);
		var compared = (Map<String, Object>) client()
			.data("{ compareRegions(regions: [\"香港\", \"深圳\"], chain: \"jx-nonferrous\") { firmCounts } }").get("compareRegions");
		assertThat((List<Integer>) compared.get("firmCounts")).first().isEqualTo(0);
		var overlap = (Map<String, Object>) client()
			.data("{ regionalOverlap(regions: [\"澳门\", \"台湾\"]) { segmentCount byRegion { region { code } } } }")
			.get("regionalOverlap");
		assertThat((List<Map<String, Object>>) overlap.get("byRegion")).hasSize(2);
	}

	/** Two firms of one name are refused with both keys and regions, never answered with one picked by key order. */
	@Test
	@SuppressWarnings("unchecked")
	void aNameTwoFirmsShareIsRefusedWithTheirKeysAndRegions() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (nc:Region {code: '3601'}), (gz:Region {code: '3607'})
					CREATE (:Enterprise {id: 'lookup-test-1', name: '测试同名材料有限公司'})-[:LOCATED_IN]->(nc),
					       (:Enterprise {id: 'lookup-test-2', name: '测试同名材料有限公司'})-[:LOCATED_IN]->(gz),
					       (:Enterprise {id: 'lookup-test-3', name: '测试别名甲有限公司', aliases: ['测试同名材料有限公司']})""")
				.consume();
			try {
				var error = client().error("{ enterprise(name: \"测试同名材料有限公司\") { key } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				var extensions = (Map<String, Object>) error.get("extensions");
				assertThat(extensions).containsEntry("matches", 2);
				assertThat((List<String>) extensions.get("candidates")).containsExactly(
						"测试同名材料有限公司 (lookup-test-1, 江西省南昌市)", "测试同名材料有限公司 (lookup-test-2, 江西省赣州市)");
				assertThat((String) error.get("message")).contains("请改用企业编号");
				// The audit trail's entity filter reads a name as enterprise(name:) does.
				var audit = client().error("{ auditTrail(filter: {entity: \"测试同名材料有限公司\"}) { totalCount } }");
				assertThat(GraphQlClient.code(audit)).isEqualTo("BAD_INPUT");
				assertThat((String) audit.get("message")).contains("lookup-test-1", "lookup-test-2")
					.doesNotContain("lookup-test-3");
			}
			finally {
				session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'lookup-test-' DETACH DELETE e").consume();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private String clusterKey(String name) {
		var cluster = (Map<String, Object>) client()
			.data("{ cluster(name: \"" + name.replace("\"", "\\\"") + "\") { key } }").get("cluster");
		return cluster == null ? null : (String) cluster.get("key");
	}

	/**
	 * A cluster by its name as documents and people write it: 樟树"中国药都" with its quotes left out or in full width,
	 * 京九(江西)电子信息产业带 with full-width brackets or none; cluster(id, key) took no name at all.
	 */
	@Test
	void aClusterIsFoundByItsNameWithOrWithoutItsPunctuation() {
		var expected = Map.ofEntries(Map.entry("樟树\"中国药都\"", "cl-zhangshu-medicine-capital"),
				Map.entry("樟树“中国药都”", "cl-zhangshu-medicine-capital"), Map.entry("樟树中国药都", "cl-zhangshu-medicine-capital"),
				Map.entry("樟树＂中国药都＂", "cl-zhangshu-medicine-capital"),
				Map.entry("京九(江西)电子信息产业带", "cl-jingjiu-electronics-belt"),
				Map.entry("京九（江西）电子信息产业带", "cl-jingjiu-electronics-belt"),
				Map.entry("京九江西电子信息产业带", "cl-jingjiu-electronics-belt"),
				Map.entry("南昌景德镇通航产业综合示范区", "cl-ga-demo-zones"), Map.entry("南昌航空城", "cl-nanchang-aviation-city"),
				Map.entry("中國稀金谷", "cl-ganzhou-rare-metal-valley"), Map.entry(" 中国稀金谷 ", "cl-ganzhou-rare-metal-valley"));
		expected.forEach((name, key) -> assertThat(clusterKey(name)).as(name).isEqualTo(key));
		for (var part : List.of("中国药都", "稀金谷", "京九", "“”")) {
			assertThat(clusterKey(part)).as(part).isNull();
		}
		// The firm list's cluster filter reads names as cluster(name:) does.
		var firms = "{ enterprises(filter: {cluster: \"%s\"}, first: 3) { totalCount edges { node { key } } } }";
		assertThat(client().data(firms.formatted("樟树中国药都")))
			.isEqualTo(client().data(firms.formatted("cl-zhangshu-medicine-capital")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNameTwoClustersShareOnceFoldedIsRefusedAndTheExactNameWins() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:Cluster {id: 'lookup-test-1', name: '测试(甲)产业园'}),
					       (:Cluster {id: 'lookup-test-2', name: '测试（甲）产业园'})""").consume();
			try {
				var error = client().error("{ cluster(name: \"测试甲产业园\") { key } }");
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((List<String>) ((Map<String, Object>) error.get("extensions")).get("candidates"))
					.containsExactly("测试(甲)产业园 (lookup-test-1)", "测试（甲）产业园 (lookup-test-2)");
				assertThat(clusterKey("测试(甲)产业园")).isEqualTo("lookup-test-1");
			}
			finally {
				session.run("MATCH (c:Cluster) WHERE c.id STARTS WITH 'lookup-test-' DETACH DELETE c").consume();
			}
		}
	}

	/**
	 * A firm by the code a staffer has, as search reads codes: a stock code with or without its exchange, a credit code
	 * in either case; enterprise(key:) wanted the data set's key (600362-sh), which no document writes.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aFirmIsFoundByItsStockCodeOrCreditCode() {
		var firm = "{ enterprise(code: \"%s\") { key } }";
		for (var code : List.of("600362", "600362.SH", "600362.sh", "SH600362", "sh600362", "６００３６２", " 600362 ")) {
			assertThat(client().data(firm.formatted(code))).as(code).isEqualTo(Map.of("enterprise", Map.of("key", "600362-sh")));
		}
		assertThat(client().data(firm.formatted("002460.SZ"))).isEqualTo(Map.of("enterprise", Map.of("key", "002460-sz")));
		assertThat(client().data(firm.formatted("999999")).get("enterprise")).isNull();
		assertThat(client().data(firm.formatted("60036")).get("enterprise")).as("no part of a code").isNull();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (nc:Region {code: '3601'})
					CREATE (:Enterprise {id: 'lookup-test-1', name: '测试代码甲有限公司', creditCode: '91360100TEST00001X'})-[:LOCATED_IN]->(nc),
					       (:Enterprise {id: 'lookup-test-2', name: '测试代码乙有限公司', stockCode: '990001.SH'})-[:LOCATED_IN]->(nc),
					       (:Enterprise {id: 'lookup-test-3', name: '测试代码丙有限公司', stockCode: '990001.SZ'})""").consume();
			try {
				assertThat(client().data(firm.formatted("91360100test00001x")))
					.isEqualTo(Map.of("enterprise", Map.of("key", "lookup-test-1")));
				assertThat(client().data(firm.formatted("990001.sz")))
					.isEqualTo(Map.of("enterprise", Map.of("key", "lookup-test-3")));
				var error = client().error(firm.formatted("990001"));
				assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
				assertThat((List<String>) ((Map<String, Object>) error.get("extensions")).get("candidates"))
					.containsExactly("测试代码乙有限公司 (lookup-test-2, 江西省南昌市)", "测试代码丙有限公司 (lookup-test-3)");
			}
			finally {
				session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'lookup-test-' DETACH DELETE e").consume();
			}
		}
	}

}
