package io.chaingraph.api.gap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoChains;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.testsupport.ChineseOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chainGaps on the demo data. The expected sets are worked out by hand from the demo files: the segment tree of
 * chains/jx-nonferrous.yaml, the firms of enterprise-segments.csv and their regionCode in enterprises.csv (zones and
 * counties under their city via regions.csv and the built-in regions), designations.csv for the 链主.
 */
@ApiTest
class ChainGapsTest {

	private static final String P = "jx-nonferrous/";

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	GraphQlClient client;

	@BeforeEach
	void demo() {
		DemoGraph.ensureLoaded();
		this.client = new GraphQlClient(this.http);
	}

	@Test
	void copperChainInJiangxi() {
		var gaps = gaps("jx-nonferrous", "36", null);
		// 22 segments: 5 roots, 17 below them.
		assertThat(gaps).hasSize(22);
		// 高端铜合金板带 has firms only in 宁波 (601609-sh, 601137-sh) and 芜湖 (002171-sz).
		assertThat(keys(gaps, "MISSING")).containsExactly(P + "copper-alloy-strip");
		// Three or more firms of 江西: the parents roll up their children (冶炼与分离: 11 firms, each once).
		assertThat(keys(gaps, "COVERED")).containsExactlyInAnyOrder(P + "mining", P + "smelting",
				P + "rare-earth-separation", P + "lithium-salt", P + "processing", P + "copper-rod-wire", P + "ndfeb-magnet",
				P + "applications");
		assertThat(keys(gaps, "WEAK")).hasSize(13)
			.contains(P + "copper-ore", P + "cobalt-salt", P + "recycling", P + "enameled-wire", P + "copper-foil");
		assertThat(firms(gaps)).containsEntry(P + "smelting", 11)
			.containsEntry(P + "processing", 10)
			.containsEntry(P + "mining", 6)
			.containsEntry(P + "copper-foil", 2)
			.containsEntry(P + "copper-alloy-strip", 0);
		// 江铜集团 (located in 36, 链主 of the chain) works in 铜冶炼, so in 冶炼与分离 too.
		var leaders = gaps.stream()
			.filter(g -> !((List<?>) g.get("chainLeaders")).isEmpty())
			.collect(Collectors.toMap(g -> segment(g), g -> ((List<?>) g.get("chainLeaders")).toString()));
		assertThat(leaders).containsOnlyKeys(P + "copper-smelting", P + "smelting");
		assertThat(leaders.get(P + "smelting")).contains("江西铜业集团有限公司");
	}

	@Test
	void copperChainInGanzhou() {
		// 赣州 (3607): 崇义县, 赣州经开区, 龙南 zone and 章贡区 zone count as 赣州.
		var gaps = gaps("jx-nonferrous", "3607", null);
		assertThat(keys(gaps, "MISSING")).containsExactlyInAnyOrder(P + "copper-ore", P + "lithium-ore",
				P + "copper-smelting", P + "lithium-salt", P + "copper-rod-wire", P + "copper-foil", P + "copper-alloy-strip",
				P + "enameled-wire", P + "recycling");
		assertThat(keys(gaps, "COVERED")).containsExactlyInAnyOrder(P + "smelting", P + "rare-earth-separation",
				P + "processing", P + "ndfeb-magnet");
		assertThat(keys(gaps, "WEAK")).containsExactlyInAnyOrder(P + "mining", P + "tungsten-ore", P + "rare-earth-ore",
				P + "apt", P + "cobalt-salt", P + "cemented-carbide", P + "applications", P + "cutting-tools",
				P + "rare-earth-motor");
		assertThat(firms(gaps)).containsEntry(P + "smelting", 5).containsEntry(P + "processing", 5);
		// The 领航 designation of 赣州 is not a 链主 one.
		assertThat(gaps).allSatisfy(g -> assertThat((List<?>) g.get("chainLeaders")).isEmpty());
	}

	/**
	 * 长板 of the copper chain in 赣州: of its four COVERED segments (worked out above), the two rare-earth ones lean
	 * to 赣州 far more than the country does (稀土冶炼分离 2.93, 钕铁硼永磁材料 2.34), 冶炼与分离 and 有色金属加工材
	 * hardly (1.03, 1.08); 9 WEAK rows stay 短板 whatever their quotient.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void strengthsOfTheCopperChainInGanzhou() {
		var query = """
				{ chainGaps(chain: "jx-nonferrous", region: "3607"%s) {
				    strongFrom strengths { segment { key } locationQuotient strong }
				    segments { segment { key } status strong } } }""";
		var table = (Map<String, Object>) this.client.data(query.formatted("")).get("chainGaps");
		assertThat(table.get("strongFrom")).isEqualTo(1.5);
		assertThat((List<Map<String, Object>>) table.get("strengths"))
			.extracting(r -> segment(r) + " " + r.get("locationQuotient") + " " + r.get("strong"))
			.containsExactly(P + "rare-earth-separation 2.93 true", P + "ndfeb-magnet 2.34 true");
		assertThat((List<Map<String, Object>>) table.get("segments")).filteredOn(r -> Boolean.TRUE.equals(r.get("strong")))
			.extracting(ChainGapsTest::segment)
			.containsExactly(P + "rare-earth-separation", P + "ndfeb-magnet");
		var lower = (Map<String, Object>) this.client.data(query.formatted(", strongFrom: 1")).get("chainGaps");
		assertThat((List<Map<String, Object>>) lower.get("strengths"))
			.extracting(r -> segment(r) + " " + r.get("locationQuotient"))
			.containsExactly(P + "rare-earth-separation 2.93", P + "ndfeb-magnet 2.34", P + "processing 1.08",
					P + "smelting 1.03");
	}

	/**
	 * {@code segments(status:)} lists the rows of the statuses asked for, in the full table's order, and leaves the
	 * summary and the nearest regions as they are (赣州: 9 MISSING, 9 WEAK, 4 COVERED, worked out above).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void segmentsOfSomeStatusesOnly() {
		var all = gaps("jx-nonferrous", "3607", null);
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") {
				    missing: segments(status: [MISSING]) { segment { key } status }
				    gaps: segments(status: [WEAK, MISSING]) { segment { key } depth status nearestRegions { region { code } firms } }
				    table: segments { segment { key } depth status nearestRegions { region { code } firms } }
				    every: segments(status: [MISSING, WEAK, COVERED]) { segment { key } }
				    none: segments(status: []) { segment { key } }
				    summary { segments missing weak covered } } }""");
		var result = (Map<String, Object>) data.get("chainGaps");
		var missing = (List<Map<String, Object>>) result.get("missing");
		assertThat(missing).extracting(ChainGapsTest::segment).containsExactlyElementsOf(keysInOrder(all, "MISSING"));
		assertThat(missing).hasSize(9).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("MISSING"));
		var gaps = (List<Map<String, Object>>) result.get("gaps");
		// In tree order, not grouped by the order the statuses were asked in.
		assertThat(gaps).extracting(ChainGapsTest::segment)
			.containsExactlyElementsOf(all.stream().filter(r -> !"COVERED".equals(r.get("status")))
				.map(ChainGapsTest::segment).toList());
		// Each row as the whole table has it, nearest regions included.
		var table = (List<Map<String, Object>>) result.get("table");
		assertThat(gaps).hasSize(18).isEqualTo(table.stream().filter(r -> !"COVERED".equals(r.get("status"))).toList());
		assertThat((List<?>) result.get("every")).hasSize(22);
		assertThat((List<?>) result.get("none")).isEmpty();
		assertThat((Map<String, Object>) result.get("summary")).containsEntry("segments", 22)
			.containsEntry("missing", 9)
			.containsEntry("weak", 9)
			.containsEntry("covered", 4);
		var bad = this.client.error("{ chainGaps(chain: \"jx-nonferrous\", region: \"3607\") { segments(status: [GAP]) { depth } } }");
		assertThat(GraphQlClient.code(bad)).isEqualTo("BAD_INPUT");
		assertThat((String) bad.get("message")).contains("MISSING", "WEAK", "COVERED");
	}

	/**
	 * chainGapOverview: every chain's row carries the summary chainGaps gives for that chain (asked chain by chain
	 * here), the firms compareRegions counts, least covered first, in one statement.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theOverviewSumsUpEveryChainsTableLeastCoveredFirst() {
		long before = this.reads.statementsRun();
		var overview = (Map<String, Object>) this.client.data("""
				{ chainGapOverview(region: "赣州", weakBelow: 2) { region { code } weakBelow
				    chains { chain { key } firms summary { segments missing weak covered coverageRatio text }
				             strengths { key } } } }""")
			.get("chainGapOverview");
		assertThat(this.reads.statementsRun() - before)
			.as("a name costs the lookups, then one statement, and two for 长板 (quotients, their segments)")
			.isLessThanOrEqualTo(6);
		assertThat(overview).containsEntry("region", Map.of("code", "3607")).containsEntry("weakBelow", 2);
		var rows = (List<Map<String, Object>>) overview.get("chains");
		assertThat(rows).extracting(r -> ((Map<String, Object>) r.get("chain")).get("key"))
			.containsExactlyInAnyOrderElementsOf(this.client.chainKeys());
		for (var row : rows) {
			var key = (String) ((Map<String, Object>) row.get("chain")).get("key");
			var table = (Map<String, Object>) this.client.data("{ chainGaps(chain: \"" + key
					+ "\", region: \"3607\", weakBelow: 2) { summary { segments missing weak covered coverageRatio text } "
					+ "strengths { segment { key } } } }")
				.get("chainGaps");
			assertThat(row.get("summary")).as(key).isEqualTo(table.get("summary"));
			assertThat((List<Map<String, Object>>) row.get("strengths")).as(key)
				.isEqualTo(((List<Map<String, Object>>) table.get("strengths")).stream().map(s -> s.get("segment")).toList());
		}
		assertThat(rows).extracting(r -> (Double) ((Map<String, Object>) r.get("summary")).get("coverageRatio")).isSorted();
		var copper = rows.stream().filter(r -> ((Map<String, Object>) r.get("chain")).get("key").equals("jx-nonferrous"))
			.findFirst().orElseThrow();
		// 赣州's firms in the copper chain: 10 (compareRegions counts the same). Its 长板 as
		// strengthsOfTheCopperChainInGanzhou finds them, and 硬质合金 too: its 2 firms cover it at weakBelow 2.
		assertThat(copper.get("firms")).isEqualTo(10);
		assertThat((List<?>) copper.get("strengths")).isEqualTo(List.of(Map.of("key", P + "rare-earth-separation"),
				Map.of("key", P + "cemented-carbide"), Map.of("key", P + "ndfeb-magnet")));

		before = this.reads.statementsRun();
		this.client.data("{ chainGapOverview(region: \"36\") { chains { chain { name } firms summary { missing } } } }");
		assertThat(this.reads.statementsRun() - before).isEqualTo(1);
		before = this.reads.statementsRun();
		var strong = this.client.data("{ chainGapOverview(region: \"3607\") { chains { strengths { name } } } }").toString();
		assertThat(this.reads.statementsRun() - before).as("every chain's 长板 in two statements more").isEqualTo(3);
		assertThat(strong).contains("{name=稀土冶炼分离}, {name=钕铁硼永磁材料}");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOverviewOfPolicyChainsListsTheProvincesFourteen() {
		for (var region : List.of("36", "3607")) {
			var rows = (List<Map<String, Object>>) ((Map<String, Object>) this.client.data("{ chainGapOverview(region: \""
					+ region + "\", policyOnly: true) { chains { chain { key } policies { region { code } program tier } } } }")
				.get("chainGapOverview")).get("chains");
			assertThat(rows).as(region).hasSize(14)
				.allSatisfy(r -> assertThat((String) ((Map<String, Object>) r.get("chain")).get("key")).startsWith("jx-"))
				.allSatisfy(r -> assertThat((List<Map<String, Object>>) r.get("policies"))
					.anySatisfy(p -> assertThat(p.get("region")).isEqualTo(Map.of("code", "36"))));
		}
		var none = (Map<String, Object>) this.client.data(
				"{ chainGapOverview(region: \"3201\", policyOnly: true) { region { name } chains { firms } } }")
			.get("chainGapOverview");
		// 南京: the demo's 江苏 files name chains for 江苏 (32), so 南京 has them through its province.
		assertThat(none.get("region")).isEqualTo(Map.of("name", "南京市"));
		assertThat((List<?>) none.get("chains")).isNotEmpty();
		var unknown = this.client.error("{ chainGapOverview(region: \"99\") { weakBelow } }");
		assertThat(GraphQlClient.code(unknown)).isEqualTo("NOT_FOUND");
		var weak = this.client.error("{ chainGapOverview(region: \"36\", weakBelow: 0) { weakBelow } }");
		assertThat(GraphQlClient.code(weak)).isEqualTo("BAD_INPUT");
	}

	@Test
	void thresholdMovesSegmentsBetweenWeakAndCovered() {
		// weakBelow 1: nothing is WEAK; weakBelow 12: nothing in 江西 reaches 12 firms.
		var one = gaps("jx-nonferrous", "36", 1);
		assertThat(keys(one, "WEAK")).isEmpty();
		assertThat(keys(one, "COVERED")).hasSize(21);
		var twelve = gaps("jx-nonferrous", "36", 12);
		assertThat(keys(twelve, "COVERED")).isEmpty();
		assertThat(keys(twelve, "WEAK")).hasSize(21);
	}

	@Test
	@SuppressWarnings("unchecked")
	void summaryCountsTheTable() {
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "36") {
				    weakBelow
				    summary { segments missing weak covered coveredSegments coverageRatio gapsMostlyAt text
				              byPosition { position segments missing weak covered gaps } } } }""");
		var result = (Map<String, Object>) data.get("chainGaps");
		assertThat(result.get("weakBelow")).isEqualTo(3);
		var summary = (Map<String, Object>) result.get("summary");
		assertThat(summary).containsEntry("segments", 22)
			.containsEntry("missing", 1)
			.containsEntry("weak", 13)
			.containsEntry("covered", 8)
			.containsEntry("coveredSegments", 21);
		assertThat((Double) summary.get("coverageRatio")).isCloseTo(21.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
		// Gaps by position: upstream the 4 采选 children + 再生 (5 weak); midstream 1 missing + 5 weak; downstream 3 weak.
		var byPosition = (List<Map<String, Object>>) summary.get("byPosition");
		assertThat(byPosition).extracting(p -> p.get("position") + ":" + p.get("gaps"))
			.containsExactly("UPSTREAM:5", "MIDSTREAM:6", "DOWNSTREAM:3");
		assertThat(summary.get("gapsMostlyAt")).isEqualTo("MIDSTREAM");
		assertThat((String) summary.get("text")).contains("断点 1 个", "短板 13 个", "主要在中游");
	}

	/**
	 * A region with no firm in the chain: every segment is a 断点, and where most of them lie is only where most segments
	 * lie. 南昌高新区 has no 集成电路 firm; the summary said "主要在上游" of it.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aRegionWithNoFirmInTheChainHasNoPositionOfItsGaps() {
		var summary = (Map<String, Object>) ((Map<String, Object>) this.client.data("""
				{ chainGaps(chain: "js-ic", region: "3601Z01") { summary { segments missing coveredSegments gapsMostlyAt text } } }""")
			.get("chainGaps")).get("summary");
		assertThat(summary).containsEntry("coveredSegments", 0).containsEntry("gapsMostlyAt", null);
		assertThat(summary.get("missing")).isEqualTo(summary.get("segments"));
		assertThat((String) summary.get("text")).endsWith("；本地区在该链尚无企业，各环节均为断点。").doesNotContain("主要在");
	}

	@Test
	@SuppressWarnings("unchecked")
	void nearestRegionsOfAGapComeNearestFirst() {
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "36") {
				    segments { segment { key } status nearestRegions { region { code name } firms relation via } } } }""");
		var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		var strip = rows.stream().filter(r -> segment(r).equals(P + "copper-alloy-strip")).findFirst().orElseThrow();
		var nearest = (List<Map<String, Object>>) strip.get("nearestRegions");
		// 浙江 (601609-sh, 601137-sh in 宁波) and 安徽 (002171-sz in 芜湖) both border 江西 (region-neighbours.csv).
		assertThat(nearest).extracting(n -> ((Map<String, Object>) n.get("region")).get("code") + ":" + n.get("firms")
				+ ":" + n.get("relation")).containsExactly("33:2:NEIGHBOUR", "34:1:NEIGHBOUR");
		// Both are 长江经济带 partners of 江西 too.
		assertThat(nearest).allSatisfy(n -> assertThat((List<String>) n.get("via")).contains("长江经济带"));
		// A covered segment lists none.
		var covered = rows.stream().filter(r -> "COVERED".equals(r.get("status"))).toList();
		assertThat(covered).allSatisfy(r -> assertThat((List<?>) r.get("nearestRegions")).isEmpty());
	}

	/**
	 * The cooperation areas a nearest region is reached through come in name order, each once, so the answer reads
	 * the same after any reload (the graph's storage order changes with every load).
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theAreasANearestRegionIsReachedThroughAreInNameOrder() {
		var chains = this.client.chainKeys();
		assertThat(chains).hasSizeGreaterThan(20);
		int lists = 0;
		for (var chain : chains) {
			for (var region : List.of("36", "3607", "32")) {
				var data = this.client.data("{ chainGaps(chain: \"" + chain + "\", region: \"" + region
						+ "\", nearest: 20) { segments { nearestRegions { region { code } via } } } }");
				for (var row : (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments")) {
					for (var near : (List<Map<String, Object>>) row.get("nearestRegions")) {
						var via = (List<String>) near.get("via");
						assertThat(via).as("via of %s for %s in %s", near.get("region"), chain, region)
							.isSortedAccordingTo(ChineseOrder.names())
							.doesNotHaveDuplicates();
						lists += via.size() > 1 ? 1 : 0;
					}
				}
			}
		}
		// Regions reached through two areas exist in the demo data (福建: 泛珠三角区域 and 赣闽产业合作示范区).
		assertThat(lists).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void nearestRegionsOfACityStartInItsProvince() {
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") {
				    segments { segment { key } nearestRegions { region { code } firms relation } } } }""");
		var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		var copperOre = rows.stream().filter(r -> segment(r).equals(P + "copper-ore")).findFirst().orElseThrow();
		var nearest = (List<Map<String, Object>>) copperOre.get("nearestRegions");
		// 铜矿采选 in 江西 outside 赣州: 江西铜业股份 in 鹰潭 (3606) only; then provinces.
		assertThat(nearest.getFirst()).containsEntry("relation", "SAME_PROVINCE").containsEntry("firms", 1);
		assertThat(((Map<String, Object>) nearest.getFirst().get("region")).get("code")).isEqualTo("3606");
		assertThat(nearest).extracting(n -> (String) n.get("relation"))
			.isSortedAccordingTo((a, b) -> Integer.compare(tier(a), tier(b)));
	}

	/**
	 * Each firm counts in one region of the list: a region leaves out the regions inside it listed on their own and
	 * names them, and drops out when nothing is left. 南康区 (360703) is in 深赣港产城特别合作区 with 深圳 (4403), and
	 * 广东 neighbours 江西: 封装基板's two firms (深南电路, 兴森快捷) are both in 深圳, so 广东省 is gone, where it read
	 * "广东省 2（相邻）；深圳市 2（区域合作）". 车路通信设备: 江苏 3 (two in 无锡, one in 常州), 金溢 in 深圳, 德赛西威 in
	 * 惠州, 2 in 北京: 广东省 keeps 德赛西威 alone, without 深圳市. 上饶 (3611) and 衢州 (3308) share 浙赣边际合作, 浙江
	 * neighbours 江西: 氟化工's 巨化 is in 衢州, so 浙江省 is gone. 安源区 (360302, 萍乡) and 崇义县 (360725) are 湘赣边 members:
	 * 钨矿采选's 章源 is in 崇义县, so 赣州市 is gone; in 有色金属采选 赣州市 keeps 南方稀土 (located in 3607 itself).
	 */
	@Test
	void eachFirmCountsInOneRegionOfTheList() {
		assertThat(nearest("js-ic", "360703", "js-ic/substrates", 5))
			.containsExactly("4403 2 COOPERATION_AREA []");
		assertThat(nearest("js-iov", "360703", "js-iov/communication", 5)).containsExactly(
				"32 3 COOPERATION_AREA []", "44 1 NEIGHBOUR [4403]", "4403 1 COOPERATION_AREA []", "11 2 OTHER []");
		assertThat(nearest("jx-petrochem", "3611", "jx-petrochem/fluorochem", 5)).containsExactly(
				"3604 1 SAME_PROVINCE []", "3607 1 SAME_PROVINCE []", "3308 1 COOPERATION_AREA []");
		assertThat(nearest("jx-nonferrous", "360302", P + "tungsten-ore", 5)).containsExactly(
				"3601 1 SAME_PROVINCE []", "360725 1 COOPERATION_AREA []", "41 1 OTHER []");
		// 宜春 2 (one in its zone), 南昌, 鹰潭, 赣州 without 崇义县; 紫金 (福建), 崇义县, 天齐 (四川), 洛阳栾川 (河南).
		assertThat(nearest("jx-nonferrous", "360302", P + "mining", 20)).containsExactly("3609 2 SAME_PROVINCE []",
				"3601 1 SAME_PROVINCE []", "3606 1 SAME_PROVINCE []", "3607 1 SAME_PROVINCE [360725]", "35 1 NEIGHBOUR []",
				"360725 1 COOPERATION_AREA []", "51 1 COOPERATION_AREA []", "41 1 OTHER []");
	}

	/**
	 * Where the limit cuts the list, a count stays what it is: 广东省 leaves out 深圳市 (and says so) though 深圳市
	 * falls past {@code nearest: 2}.
	 */
	@Test
	void aRegionLeavesOutTheRegionsInsideItPastTheLimitToo() {
		assertThat(nearest("js-iov", "360703", "js-iov/communication", 2)).containsExactly("32 3 COOPERATION_AREA []",
				"44 1 NEIGHBOUR [4403]");
	}

	/**
	 * A district's own city is 同市 (SAME_CITY), before the other cities of its province: 赣县区 (360704) has no
	 * 钨矿采选 firm, 赣州 has 章源 (崇义县), 南昌 江西钨业控股, 河南 洛阳栾川. It read 南昌市, then 赣州市, both 同省.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aDistrictsOwnCityComesFirstAsTheSameCity() {
		assertThat(nearest("jx-nonferrous", "360704", P + "tungsten-ore", 5)).containsExactly("3607 1 SAME_CITY []",
				"3601 1 SAME_PROVINCE []", "41 1 OTHER []");
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "360704") {
				    segments { nearestRegions { region { code } relation } } } }""");
		int rows = 0;
		for (var row : (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments")) {
			var nearest = (List<Map<String, Object>>) row.get("nearestRegions");
			for (int i = 0; i < nearest.size(); i++) {
				var code = ((Map<String, Object>) nearest.get(i).get("region")).get("code");
				assertThat(nearest.get(i).get("relation").equals("SAME_CITY")).as("%s in %s", code, row)
					.isEqualTo("3607".equals(code));
				if ("3607".equals(code)) {
					assertThat(i).as("赣州市 in %s", row).isZero();
					rows++;
				}
			}
		}
		assertThat(rows).as("rows listing 赣州市").isGreaterThan(5);
	}

	/**
	 * Over every chain, for cities, counties and provinces with partners inside other listed regions: no listed region
	 * lies inside another one (their codes nest: 4403 in 44, 360725 in 3607) unless that one names it, or a region
	 * it names holds it; each region named lies inside the one naming it and is listed itself when within the limit.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void noFirmIsCountedInTwoRegionsOfAList() {
		int excluding = 0;
		for (var chain : this.client.chainKeys()) {
			for (var region : List.of("360703", "3611", "360302", "360724", "3607", "36")) {
				var data = this.client.data("{ chainGaps(chain: \"" + chain + "\", region: \"" + region
						+ "\", nearest: 20) { segments { nearestRegions { region { code } excluding { code } } } } }");
				for (var row : (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments")) {
					var listed = new java.util.LinkedHashMap<String, List<String>>();
					for (var near : (List<Map<String, Object>>) row.get("nearestRegions")) {
						listed.put((String) ((Map<String, Object>) near.get("region")).get("code"),
								((List<Map<String, Object>>) near.get("excluding")).stream().map(e -> (String) e.get("code")).toList());
					}
					listed.forEach((outer, named) -> {
						assertThat(named).as("%s names regions of it", outer)
							.allSatisfy(n -> assertThat(n).startsWith(outer).isNotEqualTo(outer));
						if (listed.size() < 20) {
							assertThat(named).as("%s names regions listed", outer).allSatisfy(n -> assertThat(listed).containsKey(n));
						}
						for (var inner : listed.keySet()) {
							if (!inner.equals(outer) && inner.startsWith(outer)) {
								assertThat(named).as("%s in %s of %s in %s", inner, outer, chain, region)
									.anySatisfy(n -> assertThat(inner).startsWith(n));
							}
						}
					});
					excluding += (int) listed.values().stream().filter(n -> !n.isEmpty()).count();
				}
			}
		}
		assertThat(excluding).as("lists with a region naming another").isGreaterThan(5);
	}

	@Test
	void oneStatementForTheTableAndOneForAllNearestRegions() {
		long before = this.reads.statementsRun();
		this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") {
				    segments { firms nearestRegions { firms } } } }""");
		assertThat(this.reads.statementsRun() - before).isEqualTo(2);
	}

	/**
	 * Each row names the firms it counts, in the segment or below it: 有色金属加工材 (processing) in 赣州 counts 5 though
	 * no firm is linked to it itself; 钕铁硼永磁材料 the demo files' three. All rows in one more statement.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theFirmsBehindEachCountAreListedInOneMoreStatement() {
		long before = this.reads.statementsRun();
		var data = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") { segments { segment { key } firms
				    enterprises(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } } }""");
		assertThat(this.reads.statementsRun() - before).as("the table, then every row's firms").isEqualTo(2);
		var rows = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		var byKey = new java.util.HashMap<String, Map<String, Object>>();
		for (var row : rows) {
			var key = (String) ((Map<String, Object>) row.get("segment")).get("key");
			var list = (Map<String, Object>) row.get("enterprises");
			byKey.put(key, list);
			int firms = (Integer) row.get("firms");
			assertThat(list.get("totalCount")).as(key).isEqualTo(firms);
			var names = ((List<Map<String, Object>>) list.get("nodes")).stream().map(n -> n.get("name")).toList();
			assertThat(names).as(key).hasSize(Math.min(5, firms)).isSortedAccordingTo(ChineseOrder.names());
			assertThat(((Map<String, Object>) list.get("pageInfo")).get("hasNextPage")).as(key).isEqualTo(firms > 5);
		}
		assertThat(((List<Map<String, Object>>) byKey.get("jx-nonferrous/ndfeb-magnet").get("nodes")))
			.extracting(n -> n.get("name"))
			.containsExactlyInAnyOrder("江西金力永磁科技股份有限公司", "示例·赣州某永磁材料有限公司", "示例·赣州某磁材科技有限公司");
		var processing = byKey.get("jx-nonferrous/processing");
		assertThat(processing.get("totalCount")).isEqualTo(5);
		// The firm list filtered by region and segment finds the same firms, another way (enterprise/page).
		var all = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") { segments { segment { key } firms
				    enterprises(first: 100) { nodes { name } } } } }""");
		for (var row : (List<Map<String, Object>>) ((Map<String, Object>) all.get("chainGaps")).get("segments")) {
			var key = (String) ((Map<String, Object>) row.get("segment")).get("key");
			var listed = (Map<String, Object>) this.client.data("{ enterprises(filter: {region: \"3607\", segment: \"" + key
					+ "\"}, first: 100) { totalCount nodes { name } } }").get("enterprises");
			assertThat(listed.get("totalCount")).as(key).isEqualTo(row.get("firms"));
			assertThat(listed.get("nodes")).as(key).isEqualTo(((Map<String, Object>) row.get("enterprises")).get("nodes"));
		}
		// the next page goes on after the fifth
		var first = this.client.data("""
				{ chainGaps(chain: "jx-nonferrous", region: "3607") { segments(status: [COVERED]) { segment { key }
				    enterprises(first: 2) { nodes { name } pageInfo { endCursor } } } } }""");
		var row = ((List<Map<String, Object>>) ((Map<String, Object>) first.get("chainGaps")).get("segments")).stream()
			.filter(r -> "jx-nonferrous/processing".equals(((Map<String, Object>) r.get("segment")).get("key")))
			.findFirst()
			.orElseThrow();
		var page = (Map<String, Object>) row.get("enterprises");
		var cursor = (String) ((Map<String, Object>) page.get("pageInfo")).get("endCursor");
		var next = this.client.data("{ chainGaps(chain: \"jx-nonferrous\", region: \"3607\") { segments(status: [COVERED]) "
				+ "{ segment { key } enterprises(first: 3, after: \"" + cursor + "\") { nodes { name } } } } }");
		var nextRow = ((List<Map<String, Object>>) ((Map<String, Object>) next.get("chainGaps")).get("segments")).stream()
			.filter(r -> "jx-nonferrous/processing".equals(((Map<String, Object>) r.get("segment")).get("key")))
			.findFirst()
			.orElseThrow();
		var both = new java.util.ArrayList<Object>();
		((List<Map<String, Object>>) page.get("nodes")).forEach(n -> both.add(n.get("name")));
		((List<Map<String, Object>>) ((Map<String, Object>) nextRow.get("enterprises")).get("nodes"))
			.forEach(n -> both.add(n.get("name")));
		assertThat(both).isEqualTo(((List<Map<String, Object>>) processing.get("nodes")).stream().map(n -> n.get("name")).toList());
	}

	@Test
	void idsAreAcceptedAsWellAsKeys() {
		var chainId = io.chaingraph.api.graphql.GlobalId.of("Chain", "jx-nonferrous");
		var regionId = io.chaingraph.api.graphql.GlobalId.of("Region", "36");
		var data = this.client.data("{ chainGaps(chain: \"" + chainId + "\", region: \"" + regionId
				+ "\") { chain { key } region { name } summary { missing } } }");
		assertThat(data.toString()).contains("key=jx-nonferrous", "name=江西省", "missing=1");
	}

	@Test
	void unknownChainOrRegionIsNotFoundAndABadThresholdIsBadInput() {
		var chain = this.client.error("{ chainGaps(chain: \"no-such-chain\", region: \"36\") { weakBelow } }");
		assertThat(GraphQlClient.code(chain)).isEqualTo("NOT_FOUND");
		assertThat((String) chain.get("message")).contains("no-such-chain", "未找到");
		var region = this.client.error("{ chainGaps(chain: \"jx-nonferrous\", region: \"99\") { weakBelow } }");
		assertThat(GraphQlClient.code(region)).isEqualTo("NOT_FOUND");
		assertThat((String) region.get("message")).contains("'99'");
		var weak = this.client.error("{ chainGaps(chain: \"jx-nonferrous\", region: \"36\", weakBelow: 0) { weakBelow } }");
		assertThat(GraphQlClient.code(weak)).isEqualTo("BAD_INPUT");
		assertThat((String) weak.get("message")).contains("weakBelow", "之间");
	}

	/** The nearest regions of one row: "code firms relation [codes it leaves out]". */
	@SuppressWarnings("unchecked")
	private List<String> nearest(String chain, String region, String segment, int nearest) {
		var data = this.client.data("{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\", nearest: " + nearest
				+ ") { segments { segment { key } nearestRegions { region { code } firms relation excluding { code } } } } }");
		var row = ((List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments")).stream()
			.filter(r -> segment(r).equals(segment))
			.findFirst()
			.orElseThrow();
		return ((List<Map<String, Object>>) row.get("nearestRegions")).stream()
			.map(n -> ((Map<String, Object>) n.get("region")).get("code") + " " + n.get("firms") + " " + n.get("relation")
					+ " " + ((List<Map<String, Object>>) n.get("excluding")).stream().map(e -> e.get("code")).toList())
			.toList();
	}

	private static int tier(String relation) {
		return switch (relation) {
			case "SAME_CITY" -> 0;
			case "SAME_PROVINCE" -> 1;
			case "OTHER" -> 3;
			default -> 2;
		};
	}

	/**
	 * localUpstream / localDownstream of every row, for 江西 and for 赣州: the segments the chain files link to it (in
	 * any chain: 电解铜箔 feeds 动力电池电芯 of the auto chain), those where the region has firms, with the region's
	 * count there as chainGaps gives it for that segment's own chain; more firms first, then by name (拼音). One
	 * statement per field, whatever the number of rows.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void localUpstreamAndDownstreamAreTheFilesLinksWhereTheRegionHasFirms() {
		int linked = 0;
		for (var region : List.of("36", "3607")) {
			long before = this.reads.statementsRun();
			var rows = (List<Map<String, Object>>) ((Map<String, Object>) this.client.data("{ chainGaps(chain: \"jx-nonferrous\", region: \""
					+ region + "\") { segments { segment { key } localUpstream { segment { key } firms } "
					+ "localDownstream { segment { key } firms } } } }").get("chainGaps")).get("segments");
			long statements = this.reads.statementsRun() - before;
			before = this.reads.statementsRun();
			gaps("jx-nonferrous", region, null);
			assertThat(statements - (this.reads.statementsRun() - before)).as("one statement per field").isEqualTo(2);

			// The region's firms in every segment of every chain a link reaches, from each chain's own gap table.
			var counts = new java.util.HashMap<String, Integer>();
			rows.stream()
				.map(ChainGapsTest::segment)
				.flatMap(key -> java.util.stream.Stream.concat(DemoChains.FEEDS.getOrDefault(key, Set.of()).stream(),
						DemoChains.FED_BY.getOrDefault(key, Set.of()).stream()))
				.map(key -> key.substring(0, key.indexOf('/')))
				.distinct()
				.forEach(chain -> counts.putAll(firms(gaps(chain, region, null))));
			for (var row : rows) {
				var key = segment(row);
				for (var side : List.of("localUpstream", "localDownstream")) {
					var linkedHere = (side.equals("localUpstream") ? DemoChains.FED_BY : DemoChains.FEEDS).getOrDefault(key, Set.of());
					var expected = linkedHere.stream()
						.filter(t -> counts.get(t) > 0)
						.sorted(java.util.Comparator.<String>comparingInt(t -> -counts.get(t))
							.thenComparing(t -> DemoChains.NAMES.get(t), ChineseOrder.names()))
						.map(t -> t + " " + counts.get(t))
						.toList();
					var actual = ((List<Map<String, Object>>) row.get(side)).stream()
						.map(l -> segment(l) + " " + l.get("firms"))
						.toList();
					assertThat(actual).as("%s of %s in %s", side, key, region).isEqualTo(expected);
					linked += actual.size();
				}
			}
		}
		assertThat(linked).as("links listed").isGreaterThan(40);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> gaps(String chain, String region, Integer weakBelow) {
		var data = this.client.data("{ chainGaps(chain: \"" + chain + "\", region: \"" + region + "\""
				+ (weakBelow == null ? "" : ", weakBelow: " + weakBelow)
				+ ") { segments { segment { key } depth firms status statusLabel chainLeaders { name } } } }");
		return (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
	}

	@SuppressWarnings("unchecked")
	private static String segment(Map<String, Object> row) {
		return (String) ((Map<String, Object>) row.get("segment")).get("key");
	}

	private static Set<String> keys(List<Map<String, Object>> gaps, String status) {
		return gaps.stream().filter(g -> status.equals(g.get("status"))).map(ChainGapsTest::segment)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<String> keysInOrder(List<Map<String, Object>> gaps, String status) {
		return gaps.stream().filter(g -> status.equals(g.get("status"))).map(ChainGapsTest::segment).toList();
	}

	private static Map<String, Integer> firms(List<Map<String, Object>> gaps) {
		return gaps.stream().collect(Collectors.toMap(ChainGapsTest::segment, g -> (Integer) g.get("firms")));
	}

}
