package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.StoredFirmCounts;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curation mutations that move a firm between the counts (upsertEnterprise with a new region or name,
 * linkEnterpriseToSegment, unlinkEnterpriseFromSegment, removeEnterprise) keep the stored firm counts and first firms right in their own transaction: the gap table
 * moves by exactly the one firm, and the stored counts equal a fresh count after each.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class CurationFirmCountTest {

	private static final String FIRM = "curation-count-test-firm";

	@Autowired
	TestRestTemplate http;

	@Test
	void aFirmCountsWhereItIsAndWhereItWorksAfterEveryMutation() {
		assertFresh();
		int foil36 = firms("jx-nonferrous", "36", "jx-nonferrous/copper-foil");
		int processing36 = firms("jx-nonferrous", "36", "jx-nonferrous/processing");
		int strip36 = firms("jx-nonferrous", "36", "jx-nonferrous/copper-alloy-strip");
		int foil3601 = firms("jx-nonferrous", "3601", "jx-nonferrous/copper-foil");
		int foil32 = firms("jx-nonferrous", "32", "jx-nonferrous/copper-foil");
		int processing32 = firms("jx-nonferrous", "32", "jx-nonferrous/processing");

		mutate("""
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·南昌某铜加工有限公司", regionCode: "360102",
				  source: "illustrative"}) { created } }""".formatted(FIRM));
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/copper-foil")).as("in no segment yet").isEqualTo(foil36);
		assertFresh();

		link("jx-nonferrous/copper-foil");
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/copper-foil")).isEqualTo(foil36 + 1);
		assertThat(firms("jx-nonferrous", "3601", "jx-nonferrous/copper-foil")).as("东湖区 is in 南昌").isEqualTo(foil3601 + 1);
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/processing")).isEqualTo(processing36 + 1);
		assertFresh();

		link("jx-nonferrous/copper-alloy-strip");
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/copper-alloy-strip")).isEqualTo(strip36 + 1);
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/processing")).as("the parent counts the firm once")
			.isEqualTo(processing36 + 1);
		assertFresh();

		unlink("jx-nonferrous/copper-foil");
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/copper-foil")).as("unlinked").isEqualTo(foil36);
		assertThat(firms("jx-nonferrous", "3601", "jx-nonferrous/copper-foil")).isEqualTo(foil3601);
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/processing")).as("still in the parent through the strip")
			.isEqualTo(processing36 + 1);
		assertFresh();
		link("jx-nonferrous/copper-foil");

		mutate("""
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·南京某铜加工有限公司", regionCode: "3201",
				  source: "illustrative"}) { created } }""".formatted(FIRM));
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/copper-foil")).as("moved out of 江西").isEqualTo(foil36);
		assertThat(firms("jx-nonferrous", "3601", "jx-nonferrous/copper-foil")).isEqualTo(foil3601);
		assertThat(firms("jx-nonferrous", "36", "jx-nonferrous/processing")).isEqualTo(processing36);
		assertThat(firms("jx-nonferrous", "32", "jx-nonferrous/copper-foil")).as("moved into 江苏").isEqualTo(foil32 + 1);
		assertThat(firms("jx-nonferrous", "32", "jx-nonferrous/processing")).isEqualTo(processing32 + 1);
		assertFresh();

		mutate("""
				mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative"}) { removedKey } }"""
			.formatted(FIRM));
		assertThat(firms("jx-nonferrous", "32", "jx-nonferrous/copper-foil")).as("removed").isEqualTo(foil32);
		assertThat(firms("jx-nonferrous", "32", "jx-nonferrous/processing")).isEqualTo(processing32);
		assertFresh();
	}

	@Test
	void theStoredFirstFirmsFollowARenameAndAMove() {
		// The segment of 江西 with the most firms (rolled up), more than five: a firm leaving its first five makes the
		// list be read again from the graph.
		String segment;
		try (var session = TestNeo4j.driver().session()) {
			segment = session.run("""
					MATCH (s:Segment)-[k:FIRM_COUNT]->(:Region {code: '36'}) WHERE k.firms > 5
					RETURN s.id AS id ORDER BY k.firms DESC, s.id LIMIT 1""").single().get("id").asString();
		}
		var firm = "curation-first-firms-test-firm";
		// '0' sorts before every Chinese name, '龥' (U+9FA5) after them.
		upsert(firm, "0·示例首位铜业有限公司", "360102");
		link(firm, segment);
		assertThat(firstFirms(segment, "36")).as("first by name").startsWith(firm).hasSize(5);
		assertFresh();
		mutate("""
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "%s", segment: "%s", source: "illustrative"}) {
				  enterprise { key } } }""".formatted(firm, segment));
		assertThat(firstFirms(segment, "36")).as("unlinked: the list is read again").doesNotContain(firm).hasSize(5);
		assertFresh();
		link(firm, segment);
		upsert(firm, "龥·示例末位铜业有限公司", "360102");
		assertThat(firstFirms(segment, "36")).as("renamed to last: the list is read again").doesNotContain(firm)
			.hasSize(5);
		assertFresh();
		upsert(firm, "0·示例首位铜业有限公司", "3201");
		assertThat(firstFirms(segment, "36")).as("moved out of 江西").doesNotContain(firm).hasSize(5);
		assertThat(firstFirms(segment, "32")).as("moved into 江苏").startsWith(firm);
		assertFresh();
	}

	private static List<Object> firstFirms(String segment, String region) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (:Segment {id: $s})-[k:FIRM_COUNT]->(:Region {code: $r}) RETURN k.firstFirms AS f",
					Map.of("s", segment, "r", region)).single().get("f").asList();
		}
	}

	private void upsert(String key, String name, String region) {
		mutate("""
				mutation { upsertEnterprise(input: {key: "%s", name: "%s", regionCode: "%s", source: "illustrative"}) {
				  created } }""".formatted(key, name, region));
	}

	private void link(String segment) {
		link(FIRM, segment);
	}

	private void unlink(String segment) {
		mutate("""
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "%s", segment: "%s", source: "illustrative"}) {
				  enterprise { key } } }""".formatted(FIRM, segment));
	}

	private void link(String firm, String segment) {
		mutate("""
				mutation { linkEnterpriseToSegment(input: {enterprise: "%s", segment: "%s", source: "illustrative"}) {
				  enterprise { key } } }""".formatted(firm, segment));
	}

	private static void assertFresh() {
		var check = StoredFirmCounts.check(TestNeo4j.driver(), CypherCatalog.standard().query("firmcount/check"));
		assertThat(check.mismatches()).as("stored counts that differ from a fresh count").isEmpty();
		assertThat(check.mismatchCount()).isZero();
		assertThat(check.storedFirms()).isPositive();
	}

	/** The firms column of the gap table, as chainGaps answers it. */
	@SuppressWarnings("unchecked")
	private int firms(String chain, String region, String segment) {
		var data = post("""
				{ chainGaps(chain: "%s", region: "%s", nearest: 0) { segments { segment { key } firms } } }"""
			.formatted(chain, region));
		var segments = (List<Map<String, Object>>) ((Map<String, Object>) data.get("chainGaps")).get("segments");
		return segments.stream()
			.filter(s -> segment.equals(((Map<String, Object>) s.get("segment")).get("key")))
			.map(s -> ((Number) s.get("firms")).intValue())
			.findFirst()
			.orElseThrow();
	}

	private void mutate(String document) {
		post(document);
	}

	/** A request with the editor's token (mutations; queries too, tokens are accepted there). */
	private Map<String, Object> post(String document) {
		return new GraphQlClient(this.http).data(document, CurationTest.EDITOR);
	}

}
