package io.chaingraph.api.graphql;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chain or region written in a way that names nothing (part of a name, a name with more words, a typing slip in an
 * id) is NOT_FOUND with what it may have meant, in the message and as {@code extensions.suggestions}; on the demo
 * data, whose chains and aliases are in chains/*.yaml.
 */
@ApiTest
class SuggestionsTest {

	@Autowired
	TestRestTemplate http;

	GraphQlClient client;

	@BeforeEach
	void demo() {
		DemoGraph.ensureLoaded();
		this.client = new GraphQlClient(this.http);
	}

	@Test
	void aChainWrittenInPartOrWithASlipIsNotFoundWithTheChainItMayMean() {
		var part = gaps("有色", "赣州");
		assertThat(part.get("message")).isEqualTo("chain: Chain 产业链 '有色' not found (未找到); did you mean 有色金属 (jx-nonferrous)?"
				+ " (您是否要找：有色金属 (jx-nonferrous))");
		assertThat(suggestions(part)).containsExactly("jx-nonferrous");
		// In an alias (新能源汽车 of 汽车), a longer text holding an alias (稀土产业链 of 有色金属), a slip in the id.
		assertThat(suggestions(gaps("新能源", "36"))).containsExactly("jx-auto");
		assertThat(suggestions(gaps("江西稀土产业链", "36"))).containsExactly("jx-nonferrous");
		assertThat(suggestions(gaps("jx-nonferous", "36"))).containsExactly("jx-nonferrous");
		assertThat(suggestions(gaps("JX-NONFEROUS", "36"))).containsExactly("jx-nonferrous");
	}

	/**
	 * An industry people name by a word no chain is named or aliased with (锂电) suggests the chains whose segments or
	 * clusters are named with it (宜春锂电新能源产业集群: 有色金属, 汽车), where it suggested nothing; a word no name holds
	 * (现代家居) still suggests nothing, and a chain named with the word is suggested alone.
	 */
	@Test
	void anIndustryNoChainIsNamedForSuggestsTheChainsOfItsSegmentsAndClusters() {
		var lithium = gaps("锂电", "36");
		assertThat(suggestions(lithium)).containsExactlyInAnyOrder("jx-nonferrous", "jx-auto");
		assertThat((String) lithium.get("message")).contains("有色金属 (jx-nonferrous)", "汽车 (jx-auto)");
		assertThat(suggestions(gaps("现代家居", "36"))).isEmpty();
		assertThat(suggestions(gaps("有色", "36"))).containsExactly("jx-nonferrous");
	}

	@Test
	void aRegionWrittenInPartIsNotFoundWithTheRegionsItMayMean() {
		var both = gaps("有色金属", "赣州章贡");
		assertThat(GraphQlClient.code(both)).isEqualTo("NOT_FOUND");
		assertThat(both.get("message")).isEqualTo("region: Region 地区 '赣州章贡' not found (未找到); did you mean 江西省赣州市章贡区"
				+ " (360702)? (您是否要找：江西省赣州市章贡区 (360702))");
		assertThat(suggestions(gaps("有色金属", "赣州市章贡"))).containsExactly("360702");
		assertThat(suggestions(gaps("有色金属", "赣州章贡区"))).containsExactly("360702");
		// A name four districts share, with its city: that city's; without it, all four.
		assertThat(suggestions(gaps("有色金属", "南京鼓楼"))).containsExactly("320106");
		assertThat(suggestions(gaps("有色金属", "鼓楼区政府"))).hasSize(4).contains("320106", "350102");
	}

	/**
	 * A region's name with one character wrong is NOT_FOUND with the names one character away (赣洲市 found nothing to
	 * suggest), and a city's name with a wrong 市 suggests the city before its county of the same name (南昌巿, with
	 * 巿 U+5DFF, suggested 南昌县 alone: the county counted 南昌 twice, for itself and for its city).
	 */
	@Test
	void aRegionWithOneCharacterWrongIsNotFoundWithTheNamesItMayMean() {
		assertThat(suggestions(gaps("有色金属", "赣洲市"))).containsExactly("3607", "4302");
		assertThat(suggestions(gaps("有色金属", "鹰谭市"))).containsExactly("3606");
		assertThat(suggestions(gaps("有色金属", "南昌巿"))).containsExactly("3601", "360121");
	}

	@Test
	void aTextInTraditionalCharactersGetsTheSuggestionsOfItsSimplifiedForm() {
		assertThat(suggestions(gaps("有色金屬", "贛州章貢"))).containsExactly("360702");
		assertThat(suggestions(gaps("有色", "贛州"))).containsExactly("jx-nonferrous");
		assertThat(suggestions(gaps("江西稀土產業鏈", "36"))).containsExactly("jx-nonferrous");
	}

	@Test
	void theOverlapOfRegionsNamesWhatEachUnknownOneMayMean() {
		var error = this.client.error("""
				{ regionalOverlap(regions: ["36", "南京鼓楼", "赣州章贡区"], chain: "js-biomed") { segmentCount } }""");
		assertThat(GraphQlClient.code(error)).isEqualTo("NOT_FOUND");
		assertThat((String) error.get("message")).contains("'南京鼓楼': did you mean 江苏省南京市鼓楼区 (320106)?")
			.contains("'赣州章贡区': did you mean 江西省赣州市章贡区 (360702)?");
		assertThat(suggestions(error)).containsExactly("320106", "360702");
		var chain = this.client.error("{ regionalOverlap(regions: [\"36\", \"32\"], chain: \"生物\") { segmentCount } }");
		assertThat(suggestions(chain)).containsExactly("js-biomed");
	}

	@Test
	void aTextLikeNothingIsNotFoundWithoutSuggestions() {
		var error = gaps("钢铁冶炼", "36");
		assertThat(error.get("message")).isEqualTo("chain: Chain 产业链 '钢铁冶炼' not found (未找到)");
		assertThat(extensions(error)).doesNotContainKey("suggestions");
		// Filters say the same as the questions do.
		var filter = this.client.error("{ enterprises(filter: {chain: \"有色\"}, first: 1) { totalCount } }");
		assertThat(suggestions(filter)).containsExactly("jx-nonferrous");
	}

	@Test
	void firmListsTakeSegmentsAndClustersByNameAndSayWhatATierMayBe() {
		assertThat(this.client.data("{ enterprises(filter: {segment: \"电解铜箔\"}) { totalCount } }"))
			.isEqualTo(this.client.data("{ enterprises(filter: {segment: \"jx-nonferrous/copper-foil\"}) { totalCount } }"));
		assertThat(this.client.data("{ enterprises(filter: {cluster: \"南昌航空城\"}) { totalCount } }"))
			.isEqualTo(this.client.data("{ enterprises(filter: {cluster: \"cl-nanchang-aviation-city\"}) { totalCount } }"));
		assertThat(this.client.data("{ region(code: \"36\") { enterprises(filter: {segment: \"电解铜箔\"}) { totalCount } } }"))
			.isEqualTo(this.client.data("{ region(code: \"36\") { enterprises(filter: {segment: \"jx-nonferrous/copper-foil\"}) { totalCount } } }"));

		var segment = this.client.error("{ enterprises(filter: {segment: \"铜箔\"}) { totalCount } }");
		assertThat(suggestions(segment)).containsExactly("jx-nonferrous/copper-foil");
		assertThat((String) segment.get("message")).startsWith("filter.segment: Segment 环节 '铜箔' not found (未找到); did you mean 电解铜箔");
		var cluster = this.client.error("{ enterprises(filter: {cluster: \"航空城\"}) { totalCount } }");
		assertThat(suggestions(cluster)).contains("cl-nanchang-aviation-city");
		var tier = this.client.error("{ enterprises(filter: {tier: \"卓越级\"}) { totalCount } }");
		assertThat(GraphQlClient.code(tier)).isEqualTo("NOT_FOUND");
		assertThat((String) tier.get("message")).isEqualTo("filter.tier: no policy names a chain at tier '卓越级'"
				+ " (没有该层级的政策产业链); the tiers are [2, 6, N, 卓越]; did you mean 卓越? (您是否要找：卓越)");
	}

	/** A zone as every 招商 team writes it: 南昌高新区 found 南昌县 as what it may have meant. */
	@Test
	void aZoneByItsShortNameIsTheZone() {
		var query = "{ chainGaps(chain: \"jx-nonferrous\", region: \"%s\") { region { code } } }";
		assertThat(this.client.data(query.formatted("南昌高新区"))).isEqualTo(this.client.data(query.formatted("3601Z01")));
		assertThat(this.client.data(query.formatted("赣州经开区"))).isEqualTo(this.client.data(query.formatted("3607Z01")));
		assertThat(this.client.data("{ region(name: \"南昌经开区\") { code } }"))
			.isEqualTo(Map.of("region", Map.of("code", "3601Z02")));
	}

	@Test
	void aCodeTypedInFullWidthOrWithSpacesIsTheCode() {
		var query = "{ chainGaps(chain: \"%s\", region: \"%s\") { region { code } summary { coverageRatio } } }";
		assertThat(this.client.data(query.formatted(" jx-nonferrous ", "３６")))
			.isEqualTo(this.client.data(query.formatted("jx-nonferrous", "36")));
		assertThat(this.client.data("{ enterprises(filter: {region: \"３６０７\"}) { totalCount } }"))
			.isEqualTo(this.client.data("{ enterprises(filter: {region: \"3607\"}) { totalCount } }"));
	}

	private Map<String, Object> gaps(String chain, String region) {
		return this.client.error("{ chainGaps(chain: \"%s\", region: \"%s\") { weakBelow } }".formatted(chain, region));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@SuppressWarnings("unchecked")
	private static List<String> suggestions(Map<String, Object> error) {
		assertThat(GraphQlClient.code(error)).isEqualTo("NOT_FOUND");
		return (List<String>) extensions(error).getOrDefault("suggestions", List.of());
	}

}
