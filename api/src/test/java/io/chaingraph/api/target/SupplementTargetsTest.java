package io.chaingraph.api.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.testsupport.ChineseOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * supplementTargets on the demo data; expected firms and reasons worked out by hand from the demo files
 * (enterprise-segments.csv, enterprises.csv, region-neighbours.csv, regions.csv cooperation areas) and the default
 * weights of {@link TargetWeights}.
 */
@ApiTest
class SupplementTargetsTest {

	private static final String FIELDS = """
			totalCount pageInfo { hasNextPage endCursor }
			gaps { segment { key } status }
			edges { cursor node { enterprise { key name region { code } } score fills { key }
			        reasons { code label weight detail segments { key } } } }""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@Autowired
	TargetWeights weights;

	GraphQlClient client;

	@BeforeEach
	void demo() {
		DemoGraph.ensureLoaded();
		this.client = new GraphQlClient(this.http);
	}

	@Test
	void theFirmsOfTheMissingCopperStripSegment() {
		// 高端铜合金板带 is 江西's one 断点. Firms in it: 宁波金田 and 博威 (宁波, 浙江), 楚江 (芜湖, 安徽), all 上市.
		// 浙江 and 安徽 border 江西 and are 长江经济带 partners too: one location weight, the neighbour's, with the area
		// in its detail: 40 (断点) + 10 (上市) + 10 (相邻) = 60 each; the tie goes by key. 金田 also makes 铜杆/铜线,
		// which 江西 covers (3 firms): no further gap.
		var connection = targets("jx-nonferrous", "36", "filter: {segment: \"jx-nonferrous/copper-alloy-strip\"}");
		assertThat(connection.get("totalCount")).isEqualTo(3);
		var nodes = nodes(connection);
		assertThat(nodes).extracting(n -> key(n) + ":" + n.get("score"))
			.containsExactly("002171-sz:60", "601137-sh:60", "601609-sh:60");
		var first = nodes.getFirst();
		assertThat(reasons(first)).containsExactly("FILLS_MISSING:40:高端铜合金板带", "TAG:10:上市",
				"NEIGHBOUR:10:安徽省；亦同属长江经济带");
		assertThat(reasons(nodes.get(2))).contains("NEIGHBOUR:10:浙江省；亦同属长江经济带");
		assertThat(labels(first)).containsExactly("填补断点", "企业资质", "相邻地区");
	}

	/**
	 * Nearer ranks higher, as the gap table's nearest regions list them: a firm of the same province above an equal
	 * one next door. 电解铜箔 is a 断点 of 赣州; 九江德福 (九江, 江西) and 广东嘉元 (梅州, 广东) are both in it and 上市.
	 * 广东 borders 江西 and shares 泛珠三角区域 with it: scored as neighbour and partner, 嘉元 had 70 to 德福's 65.
	 */
	@Test
	void aFirmOfTheSameProvinceRanksAboveAnEqualOneNextDoor() {
		var nodes = nodes(targets("jx-nonferrous", "3607", "filter: {segment: \"jx-nonferrous/copper-foil\"}, first: 100"));
		var order = nodes.stream().map(SupplementTargetsTest::key).toList();
		assertThat(order).contains("301511-sz", "688388-sh");
		assertThat(order.indexOf("301511-sz")).isLessThan(order.indexOf("688388-sh"));
		var defu = nodes.get(order.indexOf("301511-sz"));
		var jiayuan = nodes.get(order.indexOf("688388-sh"));
		assertThat(defu.get("score")).isEqualTo(65);
		assertThat(reasons(defu)).containsExactly("FILLS_MISSING:40:电解铜箔", "TAG:10:上市", "SAME_PROVINCE:15:江西省");
		assertThat(jiayuan.get("score")).isEqualTo(60);
		assertThat(reasonCodes(jiayuan)).containsExactly("FILLS_MISSING", "TAG", "NEIGHBOUR");
		// Everywhere: one location reason at most.
		for (var region : List.of("36", "3607", "3611", "32")) {
			for (var node : nodes(targets("jx-nonferrous", region, "first: 100"))) {
				assertThat(reasonCodes(node).stream().filter(c -> List.of("SAME_PROVINCE", "NEIGHBOUR", "COOPERATION_AREA")
					.contains(c))).as("%s for %s", key(node), region).hasSizeLessThanOrEqualTo(1);
			}
		}
	}

	/**
	 * For a district, a firm elsewhere in its city is nearer than one elsewhere in the province, as the gap table's
	 * nearest regions put its city first (同市): 赣县区's targets in other parts of 赣州 were 同省企业 江西省.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aDistrictsTargetsInItsOwnCityAreTheSameCity() {
		assertThat(this.weights.getSameCity()).isGreaterThan(this.weights.getSameProvince());
		int inCity = 0;
		for (var node : nodes(targets("jx-nonferrous", "360704", "first: 100"))) {
			var code = (String) ((Map<String, Object>) ((Map<String, Object>) node.get("enterprise")).get("region")).get("code");
			if (code.startsWith("3607")) {
				inCity++;
				assertThat(reasons(node)).as(key(node)).contains("SAME_CITY:20:赣州市")
					.noneMatch(r -> r.startsWith("SAME_PROVINCE"));
			}
			else if (code.startsWith("36")) {
				assertThat(reasons(node)).as(key(node)).contains("SAME_PROVINCE:15:江西省");
			}
			assertThat(weightSum(node)).isEqualTo(node.get("score"));
		}
		assertThat(inCity).isPositive();
	}

	/**
	 * One fact, one weight: 江铜集团 is 有色金属's 龙头 by seed 001's one sentence, which the demo states as its 龙头
	 * designation and its 龙头 tag. It scored 15 (龙头/领航) + 10 (tag 龙头) for it. A made-up 领航 designation says so,
	 * as a made-up 链主 does.
	 */
	@Test
	void aDesignationIsWeighedOnceNotAgainAsItsTag() {
		var copper = nodes(targets("jx-nonferrous", "3607", "first: 100")).stream()
			.filter(n -> key(n).equals("jiangxi-copper-group")).findFirst().orElseThrow();
		assertThat(reasons(copper)).contains("LEADING_FIRM:15:有色金属 龙头/领航", "CHAIN_LEADER:30:有色金属 链主（示例）")
			.noneMatch(r -> r.startsWith("TAG:"));
		var magnet = nodes(targets("jx-nonferrous", "3601", "first: 100")).stream()
			.filter(n -> key(n).equals("demo-gz-magnet-01")).findFirst().orElseThrow();
		assertThat(reasons(magnet)).contains("LEADING_FIRM:15:有色金属 龙头/领航（示例）", "TAG:20:专精特新小巨人")
			.doesNotContain("TAG:10:领航");
		assertThat(weightSum(magnet)).isEqualTo(magnet.get("score"));
	}

	@Test
	void topTargetsFillAGapAndTheirReasonsAddUpToTheirScore() {
		for (var region : List.of("36", "3607", "3606")) {
			var connection = targets("jx-nonferrous", region, "first: 20");
			@SuppressWarnings("unchecked")
			var gaps = ((List<Map<String, Object>>) connection.get("gaps")).stream()
				.map(g -> segmentKey(g))
				.collect(Collectors.toSet());
			var nodes = nodes(connection);
			assertThat(nodes).as(region).isNotEmpty();
			int previous = Integer.MAX_VALUE;
			for (var node : nodes) {
				int score = (Integer) node.get("score");
				assertThat(score).as("sorted, %s", region).isLessThanOrEqualTo(previous);
				previous = score;
				assertThat(weightSum(node)).as("reasons of %s in %s", key(node), region).isEqualTo(score);
				var fills = keys(node.get("fills"));
				assertThat(fills).as("fills of %s", key(node)).isNotEmpty();
				assertThat(gaps).containsAll(fills);
				// The first reason names the gap it fills.
				assertThat(reasonCodes(node).getFirst()).isIn("FILLS_MISSING", "FILLS_WEAK");
				@SuppressWarnings("unchecked")
				var region0 = (Map<String, Object>) ((Map<String, Object>) node.get("enterprise")).get("region");
				// Outside the region: a firm of 赣州 is not a target for 赣州, nor a firm of 江西 for 江西.
				assertThat((String) region0.get("code")).doesNotStartWith(region);
			}
		}
	}

	@Test
	void aMissingGapWeighsMoreThanAWeakOne() {
		assertThat(this.weights.getMissing()).isGreaterThan(this.weights.getWeak());
		// In 鹰潭 (3606) 钨矿采选 is MISSING and 电磁线/漆包线 WEAK (one firm): same firm facts, different first reason.
		var connection = targets("jx-nonferrous", "3606", "first: 100");
		for (var node : nodes(connection)) {
			var first = reasons(node).getFirst();
			if (first.startsWith("FILLS_MISSING")) {
				assertThat(first).startsWith("FILLS_MISSING:40:");
			}
			else {
				assertThat(first).startsWith("FILLS_WEAK:20:");
			}
		}
		assertThat(nodes(connection)).extracting(n -> reasonCodes(n).getFirst()).contains("FILLS_MISSING", "FILLS_WEAK");
	}

	@Test
	void pagesFollowEachOtherWithoutGapsOrRepeats() {
		var all = nodes(targets("jx-nonferrous", "3607", "first: 30")).stream().map(SupplementTargetsTest::key).toList();
		var paged = new ArrayList<String>();
		String after = null;
		for (int page = 0; page < 6; page++) {
			var connection = targets("jx-nonferrous", "3607", "first: 5" + (after == null ? "" : ", after: \"" + after + "\""));
			nodes(connection).forEach(n -> paged.add(key(n)));
			@SuppressWarnings("unchecked")
			var info = (Map<String, Object>) connection.get("pageInfo");
			after = (String) info.get("endCursor");
		}
		assertThat(paged).containsExactlyElementsOf(all);
	}

	@Test
	void filtersByTagAndProvince() {
		var tagged = nodes(targets("jx-nonferrous", "36", "filter: {tags: [\"上市\"]}, first: 100"));
		assertThat(tagged).isNotEmpty().allSatisfy(n -> assertThat(reasons(n)).contains("TAG:10:上市"));
		var zhejiang = nodes(targets("jx-nonferrous", "36", "filter: {province: \"33\"}, first: 100"));
		assertThat(zhejiang).isNotEmpty().allSatisfy(n -> {
			@SuppressWarnings("unchecked")
			var region = (Map<String, Object>) ((Map<String, Object>) n.get("enterprise")).get("region");
			assertThat((String) region.get("code")).startsWith("33");
		});
	}

	/**
	 * A segment filter takes the gaps below the segment in, as the firm lists' filter does: 有色金属加工材 is COVERED in
	 * 赣州 (its five firms are in its sub-segments) while 铜杆/铜线, 电解铜箔 and 高端铜合金板带 below it are MISSING. The
	 * team asking for its targets wants those gaps' firms, not an empty list.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aSegmentFilterTakesTheGapsBelowTheSegmentIn() {
		var tree = (List<Map<String, Object>>) ((Map<String, Object>) this.client
			.data("{ chain(key: \"jx-nonferrous\") { segments { key parent { key } } } }").get("chain")).get("segments");
		var parents = new java.util.HashMap<String, String>();
		tree.forEach(s -> parents.put((String) s.get("key"),
				s.get("parent") == null ? null : (String) ((Map<String, Object>) s.get("parent")).get("key")));
		var all = nodes(targets("jx-nonferrous", "3607", "first: 100"));
		assertThat(all).hasSizeLessThan(100);
		for (var segment : List.of("processing", "mining", "smelting", "copper-foil")) {
			var key = "jx-nonferrous/" + segment;
			// A target is the segment's when a gap it fills is the segment or below it.
			var expected = all.stream()
				.filter(n -> keys(n.get("fills")).stream().anyMatch(g -> isAtOrBelow(g, key, parents)))
				.map(SupplementTargetsTest::key)
				.toList();
			var filtered = targets("jx-nonferrous", "3607", "filter: {segment: \"" + key + "\"}, first: 100");
			assertThat(keys(filtered)).as(segment).isNotEmpty().containsExactlyElementsOf(expected);
			assertThat(filtered.get("totalCount")).as(segment).isEqualTo(expected.size());
		}
		// A segment's ID, as the gap table gives it, is the segment: it was "no segment of 有色金属".
		assertThat(keys(targets("jx-nonferrous", "3607", "filter: {segment: \"" + GlobalId.of("Segment",
				"jx-nonferrous/smelting") + "\"}, first: 100"))).isNotEmpty().isEqualTo(keys(targets("jx-nonferrous", "3607",
						"filter: {segment: \"jx-nonferrous/smelting\"}, first: 100")));
		// 钕铁硼永磁材料 is COVERED in 赣州 with nothing below it: no gap to fill, no target.
		assertThat(targets("jx-nonferrous", "3607", "filter: {segment: \"钕铁硼永磁材料\"}").get("totalCount")).isEqualTo(0);
	}

	private static boolean isAtOrBelow(String segment, String top, Map<String, String> parents) {
		for (var s = segment; s != null; s = parents.get(s)) {
			if (s.equals(top)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void filtersTakeNamesAsATeamWritesThemAndRefuseWhatNamesNothing() {
		// A province and a segment by name find what their code and key find.
		assertThat(keys(targets("有色金属", "江西", "filter: {province: \"浙江\"}, first: 100")))
			.isNotEmpty().isEqualTo(keys(targets("jx-nonferrous", "36", "filter: {province: \"33\"}, first: 100")));
		assertThat(keys(targets("有色金属", "江西", "filter: {segment: \"高端铜合金板带\"}, first: 100")))
			.isNotEmpty()
			.isEqualTo(keys(targets("jx-nonferrous", "36", "filter: {segment: \"jx-nonferrous/copper-alloy-strip\"}, first: 100")));

		// What names nothing: an error saying so, with what it may have meant, never an empty list.
		var tag = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {tags: [\"专精特新企业\"]})"
				+ " { totalCount } }");
		assertThat(GraphQlClient.code(tag)).isEqualTo("BAD_INPUT");
		assertThat((String) tag.get("message")).startsWith("filter.tags: expected one of [")
			.endsWith("found '专精特新企业' (未知的企业标签); did you mean 专精特新? (您是否要找：专精特新)");
		var segment = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {segment: \"铜合金\"})"
				+ " { totalCount } }");
		assertThat(GraphQlClient.code(segment)).isEqualTo("NOT_FOUND");
		assertThat((String) segment.get("message")).isEqualTo("filter.segment: '铜合金' is no segment of 有色金属 (jx-nonferrous)"
				+ " (不是该产业链的环节); did you mean 高端铜合金板带 (jx-nonferrous/copper-alloy-strip)? (您是否要找：高端铜合金板带"
				+ " (jx-nonferrous/copper-alloy-strip))");
		var province = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {province: \"99\"})"
				+ " { totalCount } }");
		assertThat(GraphQlClient.code(province)).isEqualTo("NOT_FOUND");
		// A city or a zone is no province: it matched that city's firms, or none, without a word.
		for (var notAProvince : List.of("4403", "深圳市", "3601Z01")) {
			var error = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {province: \""
					+ notAProvince + "\"}) { totalCount } }");
			assertThat(GraphQlClient.code(error)).as(notAProvince).isEqualTo("BAD_INPUT");
			assertThat((String) error.get("message")).as(notAProvince).startsWith("filter.province: expected a province (44, 广东), found ")
				.contains("which is not one (请填写省级地区，如 44 或 广东；");
		}
		assertThat((String) this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", filter: {province: "
				+ "\"4403\"}) { totalCount } }").get("message")).isEqualTo("filter.province: expected a province (44, 广东), found "
						+ "广东省深圳市 (4403), which is not one (请填写省级地区，如 44 或 广东；深圳市不是省级地区)");
		// The firm lists say the same of tags.
		var firms = this.client.error("{ enterprises(filter: {tags: [\"小巨人\"]}) { totalCount } }");
		assertThat((String) firms.get("message")).contains("found '小巨人' (未知的企业标签); did you mean 专精特新小巨人?");
		var nested = this.client.error("{ region(code: \"36\") { enterprises(filter: {tags: [\"上市公司\"]}) { totalCount } } }");
		assertThat((String) nested.get("message")).contains("did you mean 上市?");
	}

	private static List<String> keys(Map<String, Object> connection) {
		return nodes(connection).stream().map(SupplementTargetsTest::key).toList();
	}

	/**
	 * The areas, customers and suppliers a reason names come in name order, each once, so a target's detail reads the
	 * same after any reload (the graph's storage order changes with every load).
	 */
	@Test
	void theNamesInAReasonsDetailAreInNameOrder() {
		var chains = this.client.chainKeys();
		assertThat(chains).hasSizeGreaterThan(20);
		int lists = 0;
		for (var chain : chains) {
			for (var region : List.of("36", "32")) {
				for (var node : nodes(targets(chain, region, "first: 100"))) {
					for (var reason : reasonList(node)) {
						var detail = (String) reason.get("detail");
						var names = switch ((String) reason.get("code")) {
							case "COOPERATION_AREA" -> detail;
							case "SUPPLIES_REGION" -> detail.substring("供货给 ".length());
							case "BUYS_FROM_REGION" -> detail.substring("采购自 ".length());
							default -> null;
						};
						if (names != null) {
							var list = List.of(names.split("、"));
							assertThat(list).as("%s of %s for %s in %s", reason.get("code"), key(node), chain, region)
								.isSortedAccordingTo(ChineseOrder.names())
								.doesNotHaveDuplicates();
							lists += list.size() > 1 ? 1 : 0;
						}
					}
				}
			}
		}
		// Details naming several areas or firms exist in the demo data (厦门钨业: 泛珠三角区域、赣闽产业合作示范区).
		assertThat(lists).isPositive();
	}

	@Test
	void twoStatementsWhateverThePageSize() {
		long before = this.reads.statementsRun();
		this.client.data("{ supplementTargets(chain: \"jx-nonferrous\", region: \"3607\", first: 50) { totalCount "
				+ "edges { node { score reasons { weight } } } } }");
		assertThat(this.reads.statementsRun() - before).isEqualTo(2);
	}

	@Test
	void errorsAreCoded() {
		var chain = this.client.error("{ supplementTargets(chain: \"nope\", region: \"36\") { totalCount } }");
		assertThat(GraphQlClient.code(chain)).isEqualTo("NOT_FOUND");
		var page = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", first: 0) { totalCount } }");
		assertThat(GraphQlClient.code(page)).isEqualTo("BAD_INPUT");
		var cursor = this.client.error("{ supplementTargets(chain: \"jx-nonferrous\", region: \"36\", after: \"zzz\") { totalCount } }");
		assertThat(GraphQlClient.code(cursor)).isEqualTo("BAD_INPUT");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> targets(String chain, String region, String arguments) {
		var data = this.client.data("{ supplementTargets(chain: \"" + chain + "\", region: \"" + region + "\", " + arguments
				+ ") { " + FIELDS + " } }");
		return (Map<String, Object>) data.get("supplementTargets");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> nodes(Map<String, Object> connection) {
		return ((List<Map<String, Object>>) connection.get("edges")).stream()
			.map(e -> (Map<String, Object>) e.get("node"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static String key(Map<String, Object> node) {
		return (String) ((Map<String, Object>) node.get("enterprise")).get("key");
	}

	@SuppressWarnings("unchecked")
	private static String segmentKey(Map<String, Object> gap) {
		return (String) ((Map<String, Object>) gap.get("segment")).get("key");
	}

	@SuppressWarnings("unchecked")
	private static List<String> keys(Object segments) {
		return ((List<Map<String, Object>>) segments).stream().map(s -> (String) s.get("key")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> reasonList(Map<String, Object> node) {
		return (List<Map<String, Object>>) node.get("reasons");
	}

	static int weightSum(Map<String, Object> node) {
		return reasonList(node).stream().mapToInt(r -> (Integer) r.get("weight")).sum();
	}

	private static List<String> reasons(Map<String, Object> node) {
		return reasonList(node).stream().map(r -> r.get("code") + ":" + r.get("weight") + ":" + r.get("detail")).toList();
	}

	private static List<String> reasonCodes(Map<String, Object> node) {
		return reasonList(node).stream().map(r -> (String) r.get("code")).toList();
	}

	private static List<String> labels(Map<String, Object> node) {
		return reasonList(node).stream().map(r -> (String) r.get("label")).toList();
	}

}
