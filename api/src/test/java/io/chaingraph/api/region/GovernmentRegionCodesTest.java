package io.chaingraph.api.region;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Region codes as government systems write them: GB/T 2260's six digits for a province or city (360000 for 江西省,
 * 360700 for 赣州市, which the graph codes 36 and 3607) and the 12-digit statistical form (360700000000), read as the
 * region they pad wherever a region is asked for; a six-digit code that is a region itself (a county, 441900) stays
 * that region.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class GovernmentRegionCodesTest {

	@Autowired
	TestRestTemplate http;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private String regionCode(String code) {
		var region = (Map<String, Object>) client().data("{ region(code: \"" + code + "\") { code } }").get("region");
		return region == null ? null : (String) region.get("code");
	}

	@Test
	void regionByCodeReadsThePaddedForms() {
		var expected = Map.of("360700", "3607", "360000", "36", "360700000000", "3607", "360121000000", "360121",
				"360121", "360121", "441900", "441900", "３６０７００", "3607");
		expected.forEach((given, code) -> assertThat(regionCode(given)).as(given).isEqualTo(code));
		// A padded code of no region is still none.
		assertThat(regionCode("369900")).isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void questionsAndFiltersReadThemAsTheRegionTheyPad() {
		var query = "{ chainGaps(chain: \"jx-nonferrous\", region: \"%s\") { region { code } summary { text } } }";
		var padded = client().data(query.formatted("360700")).get("chainGaps");
		assertThat(padded).isEqualTo(client().data(query.formatted("3607")).get("chainGaps"));
		assertThat(((Map<String, Object>) ((Map<String, Object>) padded).get("region")).get("code")).isEqualTo("3607");
		var overview = "{ chainGapOverview(region: \"%s\", policyOnly: true) { region { code } chains { firms } } }";
		assertThat(client().data(overview.formatted("360000"))).isEqualTo(client().data(overview.formatted("36")));
		var targets = "{ supplementTargets(chain: \"jx-nonferrous\", region: \"%s\", filter: {province: \"%s\"}, first: 3)"
				+ " { totalCount edges { node { enterprise { key } } } } }";
		var province = client().data(targets.formatted("360000", "440000"));
		assertThat(province).isEqualTo(client().data(targets.formatted("36", "44")));
		assertThat((Integer) ((Map<String, Object>) province.get("supplementTargets")).get("totalCount")).isPositive();
		var firms = "{ enterprises(filter: {region: \"%s\", chain: \"jx-nonferrous\"}) { totalCount } }";
		var jiangxi = client().data(firms.formatted("360000000000"));
		assertThat(jiangxi).isEqualTo(client().data(firms.formatted("36")));
		assertThat((Integer) ((Map<String, Object>) jiangxi.get("enterprises")).get("totalCount")).isPositive();
		var nested = "{ segment(key: \"jx-nonferrous/copper-smelting\") { enterprises(region: \"%s\") { totalCount } } }";
		var yingtan = client().data(nested.formatted("360600"));
		assertThat(yingtan).isEqualTo(client().data(nested.formatted("3606")));
		assertThat(yingtan.toString()).doesNotContain("totalCount=0");
		var upstream = "{ upstream(from: \"jx-nonferrous/copper-foil\", maxHops: 2, enterprisesIn: \"%s\") { enterprises { key } } }";
		var inYingtan = client().data(upstream.formatted("360600"));
		assertThat(inYingtan).isEqualTo(client().data(upstream.formatted("3606")));
		assertThat(inYingtan.toString()).contains("600362-sh");
		var overlap = "{ regionalOverlap(regions: [\"%s\", \"%s\"], chain: \"jx-nonferrous\") { regions { code } } }";
		assertThat(client().data(overlap.formatted("360000", "360700")).get("regionalOverlap"))
			.isEqualTo(Map.of("regions", List.of(Map.of("code", "36"), Map.of("code", "3607"))));
	}

	@Test
	void aPaddedCodeOfNoRegionIsStillNotFound() {
		var error = client().error("{ chainGaps(chain: \"jx-nonferrous\", region: \"369900\") { summary { text } } }");
		assertThat(GraphQlClient.code(error)).isEqualTo("NOT_FOUND");
		assertThat((String) error.get("message")).startsWith("region: Region 地区 '369900' not found (未找到)");
	}

	@Test
	void theDownloadsReadThemToo() {
		var gaps = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=360700", byte[].class);
		assertThat(gaps.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(gaps.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("chain-gaps-jx-nonferrous-3607.csv");
		var firms = this.http.getForEntity("/export/enterprises.csv?region=360600&chain=jx-nonferrous", byte[].class);
		assertThat(firms.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new String(firms.getBody(), java.nio.charset.StandardCharsets.UTF_8)).contains("600362-sh");
	}

}
