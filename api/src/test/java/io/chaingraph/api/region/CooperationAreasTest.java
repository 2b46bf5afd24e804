package io.chaingraph.api.region;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cooperation area (长三角, 长江经济带) where a question counts or lists the firms of a region: no firm is located in
 * one (its members are MEMBER_OF it), so every such question refuses it with BAD_INPUT naming its members, as
 * {@code regionalOverlap} always did, rather than answering 0 firms, all 断点, or 苏州's firms as targets "outside" it.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class CooperationAreasTest {

	/** What every refusal of 长三角 says, whatever the question's verb. */
	static final String YRD = "'长三角' (CA-YRD) is a cooperation area: firms are located in its member regions";

	static final String YRD_MEMBERS = "上海市 (31), 江苏省 (32), 浙江省 (33), 安徽省 (34) (区域合作区不直接包含企业，";

	static final String YRD_MEMBER_NAMES = "：上海市、江苏省、浙江省、安徽省)";

	@Autowired
	TestRestTemplate http;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private static void refusesYrd(Map<String, Object> error) {
		refusesYrd(error, "");
	}

	/** The refusal, its message naming the argument the area was given in ({@code region: …}). */
	@SuppressWarnings("unchecked")
	private static void refusesYrd(Map<String, Object> error, String argument) {
		assertThat(GraphQlClient.code(error)).as("%s", error).isEqualTo("BAD_INPUT");
		assertThat((String) error.get("message")).isEqualTo(argument + YRD + ", ask about those: " + YRD_MEMBERS + "请改为查询其成员地区"
				+ YRD_MEMBER_NAMES);
		assertThat((Map<String, Object>) error.get("extensions")).containsEntry("key", "CA-YRD")
			.containsEntry("members", List.of("31", "32", "33", "34"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theGapTableOfACooperationAreaIsRefusedNotAnsweredAllMissing() {
		// 江苏 alone covers 12 of js-biomed's 14 segments: 长三角 answered "0 covered, 14 断点".
		var jiangsu = (Map<String, Object>) client()
			.data("{ chainGaps(chain: \"js-biomed\", region: \"32\") { summary { segments coveredSegments } } }")
			.get("chainGaps");
		assertThat(jiangsu.get("summary")).isEqualTo(Map.of("segments", 14, "coveredSegments", 12));
		refusesYrd(client().error("{ chainGaps(chain: \"js-biomed\", region: \"长三角\") { summary { text } } }"), "region: ");
		refusesYrd(client().error("{ chainGaps(chain: \"js-biomed\", region: \"CA-YRD\") { summary { text } } }"), "region: ");
		refusesYrd(client().error("{ chainGaps(chain: \"js-biomed\", region: \"%s\") { summary { text } } }"
			.formatted(GlobalId.of("Region", "CA-YRD"))), "region: ");
		refusesYrd(client().error("{ chainGapOverview(region: \"长三角\") { chains { firms } } }"), "region: ");
		refusesYrd(client().error("{ chainGapOverview(region: \"CA-YRD\", policyOnly: true) { chains { firms } } }"),
				"region: ");
	}

	@Test
	void supplementTargetsOfACooperationAreaAreRefusedNotListedFromInsideIt() {
		// Listed 苏州's and 连云港's firms as targets "outside" 长三角.
		refusesYrd(client().error(
				"{ supplementTargets(chain: \"js-biomed\", region: \"长三角\") { totalCount edges { node { enterprise { name } } } } }"),
				"region: ");
		refusesYrd(client().error("{ supplementTargets(chain: \"js-biomed\", region: \"32\", filter: {province: \"CA-YRD\"})"
				+ " { totalCount } }"), "filter.province: ");
	}

	@Test
	@SuppressWarnings("unchecked")
	void firmListsOfACooperationAreaAreRefusedNotAnsweredEmpty() {
		refusesYrd(client().error("{ enterprises(filter: {region: \"长三角\"}) { totalCount } }"), "filter.region: ");
		refusesYrd(client().error("{ enterprises(filter: {region: \"CA-YRD\", chain: \"js-biomed\"}) { totalCount } }"),
				"filter.region: ");
		refusesYrd(client().error("{ region(code: \"CA-YRD\") { name enterprises { totalCount } } }"));
		// The refusal is the field's: a region page for an area (search lists them) still has its name and members.
		@SuppressWarnings("unchecked")
		var page = (Map<String, Object>) ((Map<String, Object>) this.http.postForObject("/graphql", Map.of("query",
				"{ region(code: \"CA-YRD\") { name members { code } enterprises { totalCount } } }"), Map.class).get("data"))
			.get("region");
		assertThat(page).containsEntry("name", "长三角").containsEntry("enterprises", null);
		assertThat((java.util.List<?>) page.get("members")).isNotEmpty();
		refusesYrd(client().error("{ segment(key: \"jx-nonferrous/copper-foil\") { enterprises(region: \"长三角\") { totalCount } } }"),
				"region: ");
		// The area itself is still answered (its members); a member region's list is what to ask instead.
		var region = (Map<String, Object>) client().data("{ region(code: \"CA-YRD\") { name members { code } } }")
			.get("region");
		assertThat((List<Map<String, Object>>) region.get("members")).extracting(m -> m.get("code"))
			.containsExactly("31", "32", "33", "34");
		var jiangsu = (Map<String, Object>) client().data("{ enterprises(filter: {region: \"32\"}) { totalCount } }")
			.get("enterprises");
		assertThat((Integer) jiangsu.get("totalCount")).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void supplyTraversalsRefuseACooperationAreaForTheirFirms() {
		var error = client().error(
				"{ upstream(from: \"jx-nonferrous/copper-foil\", maxHops: 2, enterprisesIn: \"长江经济带\") { enterprises { key } } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
		assertThat((String) error.get("message")).startsWith("enterprisesIn: '长江经济带' (CA-YREB) is a cooperation area")
			.contains("江西省 (36)", "：上海市、江苏省、浙江省、安徽省、江西省、");
		assertThat(GraphQlClient.code(client().error(
				"{ downstream(from: \"jx-nonferrous/copper-ore\", enterprisesIn: \"CA-YREB\") { enterprises { key } } }")))
			.isEqualTo("BAD_INPUT");
	}

	@Test
	void regionalOverlapSaysTheSameWithItsOwnVerb() {
		var error = client().error("{ regionalOverlap(regions: [\"36\", \"长三角\"]) { segmentCount } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
		assertThat((String) error.get("message")).isEqualTo("regions: " + YRD + ", compare those: " + YRD_MEMBERS + "请比较其成员地区"
				+ YRD_MEMBER_NAMES);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDownloadsRefuseItAsTheQuestionsDo() {
		for (var url : List.of("/export/chain-gaps.csv?chain=js-biomed&region=长三角",
				"/export/supplement-targets.xlsx?chain=js-biomed&region=CA-YRD", "/export/chain-gap-overview.csv?region=长三角",
				"/export/enterprises.csv?region=长三角")) {
			var response = this.http.getForEntity(url, Map.class);
			assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).as(url).containsEntry("code", "BAD_INPUT")
				.containsEntry("members", List.of("31", "32", "33", "34"));
			assertThat((String) response.getBody().get("message")).as(url).startsWith("region: " + YRD);
		}
	}

}
