package io.chaingraph.api.search;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class SearchTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String arguments) {
		return (List<Map<String, Object>>) new GraphQlClient(this.http)
			.data("{ search(" + arguments + ") { type name score matchedBy node { id } } }")
			.get("search");
	}

	/**
	 * A short list is the top of a long one, as a suggestion box of five and a result page of fifty show them: 江 with
	 * first: 3 gave 江苏省, 浙江省, 黑龙江省 (0.25) while first: 50 began with 滨江区, 昌江区, 邗江区 (0.333). Scores, since a
	 * tie at the cut may go to either of two names of one score.
	 */
	@Test
	void aShortListIsTheTopOfALongOne() {
		for (var text : List.of("江", "铜", "区", "科技", "江西", "锂电")) {
			var scores = scores(search("text: \"" + text + "\", first: 50"));
			for (int first : new int[] {1, 3, 5, 20}) {
				assertThat(scores(search("text: \"" + text + "\", first: " + first)))
					.as("%s, first %d", text, first)
					.isEqualTo(scores.subList(0, Math.min(first, scores.size())));
			}
		}
	}

	private static List<Double> scores(List<Map<String, Object>> hits) {
		return hits.stream().map(h -> ((Number) h.get("score")).doubleValue()).toList();
	}

	/**
	 * A place typed as people say it comes first: 南昌 put two firms before 南昌市 and 南昌县, 江西 four before 江西省.
	 * A chain, segment or product typed by its whole name comes first too.
	 */
	@Test
	void aPlaceOrAChainTypedByItsNameComesFirst() {
		assertThat(search("text: \"南昌\", first: 5").subList(0, 2)).extracting(h -> h.get("name"), h -> h.get("matchedBy"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("南昌市", "EXACT"),
					org.assertj.core.groups.Tuple.tuple("南昌县", "EXACT"));
		for (var text : List.of("江西", "江西省", " 江西 ")) {
			assertThat(search("text: \"" + text + "\", first: 3").getFirst()).as(text)
				.containsEntry("type", "REGION").containsEntry("name", "江西省").containsEntry("matchedBy", "EXACT");
		}
		assertThat(search("text: \"赣州\", first: 3").getFirst()).containsEntry("name", "赣州市");
		assertThat(search("text: \"有色金属\", first: 3").getFirst()).containsEntry("type", "CHAIN")
			.containsEntry("matchedBy", "EXACT");
		assertThat(search("text: \"烧结钕铁硼磁钢\", first: 3").getFirst()).containsEntry("type", "PRODUCT")
			.containsEntry("name", "烧结钕铁硼磁钢").containsEntry("matchedBy", "EXACT");
		assertThat(Search.places("VR")).as("Latin text is no place name with a suffix").containsExactly("VR");
	}

	@Test
	void fullTextFindsChineseNames() {
		var hits = search("text: \"铜业\"");
		assertThat(hits).isNotEmpty();
		assertThat(hits).allSatisfy(h -> assertThat((String) h.get("name")).contains("铜"));
		assertThat(hits.getFirst().get("matchedBy")).isEqualTo("FULLTEXT");
	}

	@Test
	void aWordOfOneCharacterAmongOthersCounts() {
		// 铜 typed as a word of its own: names holding 江西 and 铜 first, not any 江西 name (the word matched nothing).
		for (var text : new String[] { "江西 铜", "江西\u3000铜", "铜 江西" }) {
			var hits = search("text: \"" + text + "\", first: 5");
			assertThat(hits).as(text).isNotEmpty();
			assertThat(hits.subList(0, 2)).as(text)
				.allSatisfy(h -> assertThat((String) h.get("name")).contains("江西", "铜"));
		}
		// Names with some of the words follow: 稀土 firms whose names do not say 赣州, 赣州's firms and places.
		var some = search("text: \"赣州 稀土\", first: 20");
		assertThat(some).anySatisfy(h -> assertThat((String) h.get("name")).contains("稀土").doesNotContain("赣州"));
		assertThat(some).anySatisfy(h -> assertThat((String) h.get("name")).contains("赣州").doesNotContain("稀土"));
		// Words the analyzer drops or the query parser would read as syntax are only words.
		for (var text : new String[] { "江西 -", "江西 AND", "江西 \\\"", "江西 *", "江西 ( )", "a b", "江西 ~ 铜" }) {
			assertThat(search("text: \"" + text + "\", first: 3")).as(text).isNotNull();
		}
	}

	@Test
	void aTextInTraditionalCharactersFindsTheSimplifiedNamesFirst() {
		assertThat(search("text: \"江西銅業\", first: 5")).isEqualTo(search("text: \"江西铜业\", first: 5"))
			.first().satisfies(h -> assertThat((String) h.get("name")).startsWith("江西铜业"));
		assertThat(search("text: \"銅\", first: 10")).isEqualTo(search("text: \"铜\", first: 10"));
		// 乾 is a simplified character too: 干安 finds nothing, the text as given finds the county.
		assertThat(search("text: \"乾安\", first: 3")).first().satisfies(h -> assertThat(h).containsEntry("name", "乾安县"));
	}

	@Test
	void namesWithTheWordAsTypedComeBeforeNamesWithSomeOfItsPairs() {
		// 锂电池 is indexed as 锂电 and 电池: 赣锋锂电 has the one pair in its name and aliases and came first
		assertThat(search("text: \"锂电池\", first: 3").getFirst().get("name")).isEqualTo("示例·九江某锂电池材料有限公司");
		// a cluster named for 新能源汽车 above a segment with 新能源 alone (6th before)
		assertThat(search("text: \"新能源汽车\", first: 5")).extracting(h -> h.get("name"))
			.contains("赣州经开区新能源汽车新型工业化产业示范基地")
			.doesNotContain("新能源三电系统");
	}

	@Test
	void oneCharacterStillFindsThings() {
		var hits = search("text: \"铜\", first: 10");
		assertThat(hits).hasSize(10).allSatisfy(h -> {
			assertThat((String) h.get("name")).contains("铜");
			assertThat(h.get("matchedBy")).isEqualTo("CONTAINS");
		});
	}

	@Test
	void oneCharacterFindsFirmsThroughTheFullTextIndexWhereverItStandsExactKeysFirstThenShorterNames() {
		// 铢 is in no name of the demo data: in the middle, at the start, at the end, and a name of that one character;
		// and a firm whose key is 铢.
		withFirms(Map.of("search-test-middle", "江西测试铢业有限公司", "search-test-start", "铢记有限公司", "search-test-end",
				"测试有限公司铢", "search-test-alone", "铢", "铢", "测试代码有限公司"), () -> {
			var hits = search("text: \"铢\"");
			assertThat(hits).extracting(h -> h.get("name"))
				.containsExactly("测试代码有限公司", "铢", "铢记有限公司", "测试有限公司铢", "江西测试铢业有限公司");
			assertThat(hits.getFirst()).containsEntry("matchedBy", "EXACT").containsEntry("score", 100.0);
			assertThat(hits.subList(1, hits.size())).allSatisfy(h -> assertThat(h).containsEntry("type", "ENTERPRISE")
				.containsEntry("matchedBy", "CONTAINS")
				.containsEntry("score", 1.0 / ((String) h.get("name")).length()));
		});
	}

	@Test
	void oneLatinLetterOrDigitFindsFirmsWithAWordOrNumberStartingWithIt() {
		withFirms(Map.of("search-test-latin", "测试Zeta科技有限公司"), () -> {
			for (var letter : List.of("Z", "z", "Ｚ")) {
				assertThat(search("text: \"" + letter + "\", types: [ENTERPRISE]")).as(letter)
					.extracting(h -> h.get("name"))
					.containsExactly("测试Zeta科技有限公司");
			}
			assertThat(search("text: \"e\", types: [ENTERPRISE]")).as("inside a word: not looked for")
				.extracting(h -> h.get("name"))
				.doesNotContain("测试Zeta科技有限公司");
		});
		assertThat(search("text: \"5\", types: [ENTERPRISE]")).extracting(h -> h.get("name"))
			.contains("示例·南昌某5G通信设备有限公司");
	}

	@Test
	void oneCharacterWithATypeFilterIsNotCrowdedOutByOtherTypes() {
		// Dozens of regions (江西省, 九江市, 浙江省 …) and chains hold 江 too; the firms still fill the page.
		var firms = search("text: \"江\", types: [ENTERPRISE], first: 30");
		assertThat(firms).hasSize(30).allSatisfy(h -> {
			assertThat(h).containsEntry("type", "ENTERPRISE").containsEntry("matchedBy", "CONTAINS");
			assertThat((String) h.get("name")).contains("江");
		});
		assertThat(search("text: \"江\", types: [REGION], first: 30")).hasSize(30)
			.allSatisfy(h -> assertThat(h).containsEntry("type", "REGION"));
	}

	@Test
	void aTypeFilterForFirmsIsNotCrowdedOutOfTheFullTextPass() {
		// 100 short product names outscore the firms' longer ones for 铢业; the firms asked for come back all the same.
		try (var session = TestNeo4j.driver().session()) {
			session.run("UNWIND range(1, 100) AS i CREATE (:Product {name: '铢业' + i})").consume();
			try {
				withFirms(Map.of("search-test-1", "测试铢业一有限公司", "search-test-2", "测试铢业二有限公司"), () -> {
					assertThat(search("text: \"铢业\", first: 2")).extracting(h -> h.get("type"))
						.containsOnly("PRODUCT");
					assertThat(search("text: \"铢业\", types: [ENTERPRISE], first: 2")).extracting(h -> h.get("name"))
						.containsExactlyInAnyOrder("测试铢业一有限公司", "测试铢业二有限公司");
				});
			}
			finally {
				session.run("MATCH (p:Product) WHERE p.name STARTS WITH '铢业' DELETE p").consume();
			}
		}
	}

	@Test
	void oneCharacterRanksShorterNamesFirstAcrossTypes() {
		var hits = search("text: \"铜\", first: 100");
		assertThat(hits).extracting(h -> h.get("type")).contains("ENTERPRISE", "REGION", "SEGMENT");
		assertThat(hits).extracting(h -> ((String) h.get("name")).length()).isSorted();
		assertThat(hits).extracting(h -> (Double) h.get("score")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	/**
	 * Hits of the same score come in 拼音 order, as every list of names here: 铜川市, 铜鼓县 … 铜山区, not in code point
	 * order (铜仁市 first, Neo4j's string order).
	 */
	@Test
	void hitsOfTheSameScoreAreInNameOrder() {
		int ties = 0;
		for (var text : List.of("铜", "市", "锂电", "江西")) {
			var hits = search("text: \"" + text + "\", first: 100");
			for (int from = 0; from < hits.size();) {
				int to = from + 1;
				while (to < hits.size() && hits.get(to).get("score").equals(hits.get(from).get("score"))) {
					to++;
				}
				var names = hits.subList(from, to).stream().map(h -> (String) h.get("name")).toList();
				assertThat(names).as("%s, score %s", text, hits.get(from).get("score"))
					.isSortedAccordingTo(io.chaingraph.testsupport.ChineseOrder.names());
				ties += to - from > 1 ? 1 : 0;
				from = to;
			}
		}
		assertThat(ties).isPositive();
	}

	/** Runs the check with these firms (id to name) in the graph, removed again afterwards. */
	private static void withFirms(Map<String, String> names, Runnable check) {
		try (var session = TestNeo4j.driver().session()) {
			session.run("UNWIND keys($names) AS id CREATE (:Enterprise {id: id, name: $names[id]})", Map.of("names", names))
				.consume();
			try {
				check.run();
			}
			finally {
				session.run("MATCH (e:Enterprise) WHERE e.id IN $ids DETACH DELETE e", Map.of("ids", List.copyOf(names.keySet())))
					.consume();
			}
		}
	}

	@Test
	void exactCodesComeFirst() {
		var byStock = search("text: \"600362\"");
		assertThat(byStock.getFirst()).containsEntry("type", "ENTERPRISE").containsEntry("matchedBy", "EXACT");
		assertThat((String) byStock.getFirst().get("name")).contains("江西铜业");
		var byRegion = search("text: \"36\", types: [REGION]");
		assertThat(byRegion.getFirst()).containsEntry("name", "江西省").containsEntry("score", 100.0);
	}

	/**
	 * Codes as people type them: in full width (a Chinese input method's full-width mode), in the other case, the
	 * exchange first as brokers' apps show it, a region code in GB/T 2260's padded form. Each found nothing.
	 */
	@Test
	void codesAreFoundAsPeopleTypeThem() {
		for (var text : List.of("６００３６２", "600362.sh", "SH600362", "sh600362", "６００３６２．ＳＨ")) {
			assertThat(search("text: \"" + text + "\", first: 1")).as(text)
				.singleElement()
				.satisfies(h -> assertThat(h).containsEntry("name", "江西铜业股份有限公司").containsEntry("matchedBy", "EXACT"));
		}
		for (var text : List.of("３６０７", "360700", "360700000000")) {
			assertThat(search("text: \"" + text + "\", first: 1")).as(text)
				.singleElement()
				.satisfies(h -> assertThat(h).containsEntry("name", "赣州市").containsEntry("matchedBy", "EXACT"));
		}
		assertThat(search("text: \"JX-NONFERROUS\", first: 1")).singleElement()
			.satisfies(h -> assertThat(h).containsEntry("type", "CHAIN").containsEntry("name", "有色金属"));
		try (var session = TestNeo4j.driver().session()) {
			session.run("CREATE (:Enterprise {id: 'search-test-credit', name: '测试信用代码有限公司', "
					+ "creditCode: '91360000MA35ABCD1X'})").consume();
			try {
				assertThat(search("text: \"91360000ma35abcd1x\", first: 1")).singleElement()
					.satisfies(h -> assertThat(h).containsEntry("name", "测试信用代码有限公司").containsEntry("matchedBy", "EXACT"));
			}
			finally {
				session.run("MATCH (e:Enterprise {id: 'search-test-credit'}) DELETE e").consume();
			}
		}
	}

	@Test
	void typesNarrowTheHits() {
		assertThat(search("text: \"江西\", types: [REGION, CHAIN], first: 50"))
			.allSatisfy(h -> assertThat(h.get("type")).isIn("REGION", "CHAIN"));
	}

	@Test
	void oneStatementWhicheverPassesRun() {
		// exact only (600362 fills first: 1), exact then full text ("铜业"), all three passes ("铜"), contains without hits.
		for (var arguments : List.of("text: \"600362\", first: 1", "text: \"铜业\"", "text: \"铜\", first: 50",
				"text: \"不存在的名称\"")) {
			long before = this.reads.statementsRun();
			search(arguments);
			assertThat(this.reads.statementsRun() - before).as(arguments).isEqualTo(1);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSameHitsWhetherTheRequestAsksForTheirNodesOrNot() {
		// Without `node` the statement returns no node (an autocomplete's request); the hits must not change.
		var client = new GraphQlClient(this.http);
		for (var text : List.of("600362", "铜业", "铜", "江西", "36")) {
			var bare = (List<Map<String, Object>>) client
				.data("{ search(text: \"" + text + "\", first: 50) { type name score matchedBy } }")
				.get("search");
			var withNodes = (List<Map<String, Object>>) client
				.data("{ search(text: \"" + text + "\", first: 50) { ...hit } } fragment hit on SearchHit { type name score "
						+ "matchedBy item: node { id ... on Enterprise { region { code } } ... on Region { code } } }")
				.get("search");
			assertThat(bare).as(text).isNotEmpty();
			assertThat(withNodes).as(text).hasSameSizeAs(bare);
			for (int i = 0; i < bare.size(); i++) {
				var hit = new java.util.HashMap<>(withNodes.get(i));
				var item = (Map<String, Object>) hit.remove("item");
				assertThat(hit).as(text + " #" + i).isEqualTo(bare.get(i));
				assertThat(item).as(text + " #" + i).containsKey("id").doesNotContainValue(null);
			}
		}
	}

	@Test
	void textThatLooksLikeLuceneSyntaxIsSearchedAsText() {
		// "AND" alone, or an operator word at either end, was a Lucene syntax error reported as INTERNAL.
		for (var text : List.of("AND", "OR", "NOT", "铜 AND", "x NOT", "AND OR", "name:铜", "铜~", "铜^2", "[a TO b]",
				"a && b", "(", "+铜", "-", "铜~*")) {
			assertThat(search("text: \"" + text + "\"")).as(text).isNotNull();
		}
		assertThat(search("text: \"江西铜业 AND\"")).extracting(h -> h.get("name")).contains("江西铜业股份有限公司");
	}

	/**
	 * Wildcards typed from habit are left out: 铜* found nothing (two characters, so not the one-character search, and
	 * the analyzer drops the star), %江西% no region or chain (names containing "%江西%").
	 */
	@Test
	void wildcardsTypedFromHabitAreLeftOut() {
		assertThat(search("text: \"铜*\", first: 10")).isNotEmpty().isEqualTo(search("text: \"铜\", first: 10"));
		assertThat(search("text: \"%江西%\", first: 10")).isNotEmpty().isEqualTo(search("text: \"江西\", first: 10"));
		assertThat(search("text: \"＊锂电？\", first: 10")).isNotEmpty().isEqualTo(search("text: \"锂电\", first: 10"));
		assertThat(search("text: \"江西*铜\", first: 10")).isNotEmpty().isEqualTo(search("text: \"江西 铜\", first: 10"));
		for (var text : List.of("*", "%", "？", " * % ")) {
			var error = new GraphQlClient(this.http).error("{ search(text: \"" + text + "\") { name } }");
			assertThat(GraphQlClient.code(error)).as(text).isEqualTo("BAD_INPUT");
			assertThat((String) error.get("message")).as(text).contains("通配符");
		}
	}

	/**
	 * A region's name typed with one character wrong finds the region the questions suggest (chainGaps(region:
	 * "赣洲市") suggests 赣州市 and 株洲市): 赣洲市 found 株洲市 alone, 九扛市, 鹰谭市 and 上绕市 nothing. The one read
	 * alike (a 拼音 input method's slip) comes first; any other after every other hit.
	 */
	@Test
	void aRegionNameWithOneCharacterWrongFindsTheRegion() {
		var ganzhou = search("text: \"赣洲市\", first: 5");
		assertThat(ganzhou.getFirst()).containsEntry("type", "REGION").containsEntry("name", "赣州市")
			.containsEntry("matchedBy", "SLIP").containsEntry("score", 50.0);
		assertThat(ganzhou).extracting(h -> h.get("name")).contains("株洲市");
		for (var slip : Map.of("鹰谭市", "鹰潭市", "上绕市", "上饶市", "扶州市", "抚州市", "贛洲市", "赣州市").entrySet()) {
			// 扶州市 reads as 福州市 too: both come first
			assertThat(search("text: \"" + slip.getKey() + "\", first: 2")).as(slip.getKey())
				.extracting(h -> h.get("name"), h -> h.get("matchedBy"))
				.contains(org.assertj.core.groups.Tuple.tuple(slip.getValue(), "SLIP"));
		}
		// not read alike: found, after the rest
		var jiujiang = search("text: \"九扛市\", first: 5");
		assertThat(jiujiang).extracting(h -> h.get("name"), h -> h.get("matchedBy"))
			.contains(org.assertj.core.groups.Tuple.tuple("九江市", "SLIP"));
		assertThat(jiujiang.getLast().get("score")).isEqualTo(0.0);
		assertThat(search("text: \"赣洲市\", types: [ENTERPRISE], first: 5")).noneMatch(h -> h.get("type").equals("REGION"));
		// no slips where a region is named so, nor for text that does not end as the region's name does
		for (var text : List.of("赣州市", "株洲市", "江西铜", "南昌", "铜业")) {
			assertThat(search("text: \"" + text + "\", first: 50")).as(text).noneMatch(h -> h.get("matchedBy").equals("SLIP"));
		}
	}

	@Test
	void emptyTextIsBadInput() {
		var error = new GraphQlClient(this.http).error("{ search(text: \"  \") { name } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
	}

}
