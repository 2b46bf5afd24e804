package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.StoredFirmCounts;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload of a data set that still lists what a curator removed through the API does not bring it back unasked:
 * the loader leaves those rows (and the links of a removed firm or designation) out, names each with who removed it,
 * when and on what grounds, and writes them only with {@code --restore-removed}.
 */
@ApiTest
class ReloadAfterCurationTest {

	private static final String SOURCE = "file:核查记录-2026-11.pdf";

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	static void demo() {
		DemoGraph.ensureLoaded();
	}

	@AfterAll
	static void restoreTheDemoGraph() {
		DemoGraph.restore();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aReloadKeepsWhatCurationRemovedUnlessToldToRestoreIt() {
		var loader = new GraphLoader(TestNeo4j.driver());
		assertThat(loader.loadShipped(false).removals()).as("nothing removed yet").isEmpty();
		var designation = (String) ((List<Map<String, Object>>) ((Map<String, Object>) mutate(
				"{ enterprise(key: \"demo-gz-magnet-01\") { designations { id } } }").get("enterprise"))
			.get("designations")).getFirst().get("id");

		mutate("""
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "demo-nc-copperfoil-01",
				  segment: "jx-nonferrous/copper-foil", source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		mutate("""
				mutation { unlinkEnterpriseFromProduct(input: {enterprise: "demo-gz-magnet-01", product: "粘结钕铁硼磁体",
				  source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		mutate("""
				mutation { removeSupplyRelation(input: {supplier: "demo-gz-magnet-01", customer: "demo-gz-emotor-01",
				  source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		mutate("""
				mutation { revokeDesignation(input: {id: "%s", source: "%s"}) { audit { at } } }""".formatted(designation,
				SOURCE));
		mutate("""
				mutation { removeEnterprise(input: {enterprise: "demo-yt-enamel-01", source: "%s"}) { audit { at } } }"""
			.formatted(SOURCE));
		var removed = List.of("designations.csv: " + key(designation), "enterprise-products.csv: demo-gz-magnet-01 → 粘结钕铁硼磁体",
				"enterprise-segments.csv: demo-nc-copperfoil-01 → jx-nonferrous/copper-foil", "enterprises.csv: demo-yt-enamel-01",
				"supply-relations.csv: demo-gz-magnet-01 → demo-gz-emotor-01");
		var before = graph();

		var dryRun = loader.loadShipped(new GraphLoader.Options(true, false));
		assertThat(dryRun.removals()).as("a dry run tells beforehand").isEqualTo(removed);
		assertThat(dryRun.render()).contains("Would keep removed: 5 things", "将不导入", "依据: file:核查记录-2026-11.pdf", "--restore-removed");

		var reload = loader.loadShipped(false);
		assertThat(reload.removals()).isEqualTo(removed);
		assertThat(reload.render()).contains("Kept removed: 5 things", "unlinkEnterpriseFromSegment by test-editor",
				"removeEnterprise by", "未导入");
		assertThat(graph()).as("nothing came back, nothing else changed").isEqualTo(before);
		assertThat(reload.counts().get("OPERATES_IN").skipped()).as("the segment link and the removed firm's")
			.isEqualTo(2);
		assertThat(reload.counts().get("SUPPLIES_TO").skipped()).as("the removed relation and the removed firm's two")
			.isEqualTo(3);
		assertFresh();

		var restore = loader.loadShipped(new GraphLoader.Options(false, false, true));
		assertThat(restore.removals()).isEqualTo(removed);
		assertThat(restore.render()).contains("Brought back 5 things");
		var restored = graph();
		assertThat(restored.get("firms")).isEqualTo(before.get("firms") + 1);
		assertThat(restored.get("designations")).isEqualTo(before.get("designations") + 1);
		assertThat(restored.get("links")).as("the three links, the firm's region, segment and two relations, the designation's four")
			.isGreaterThan(before.get("links") + 3);
		assertFresh();

		assertThat(loader.loadShipped(false).removals()).as("back in the graph: nothing to keep out").isEmpty();
	}

	/** The designation's key, from its global ID. */
	private static String key(String id) {
		return GlobalId.decode(id, "Designation").key();
	}

	private static void assertFresh() {
		var check = StoredFirmCounts.check(TestNeo4j.driver(), CypherCatalog.standard().query("firmcount/check"));
		assertThat(check.mismatches()).as("stored counts that differ from a fresh count").isEmpty();
	}

	private static Map<String, Long> graph() {
		try (var session = TestNeo4j.driver().session()) {
			var record = session.run("""
					RETURN COUNT { (:Enterprise) } AS firms, COUNT { (:Designation) } AS designations,
					       COUNT { ()-[r]->() WHERE NOT r:FIRM_COUNT } AS links""").single();
			return Map.of("firms", record.get("firms").asLong(), "designations", record.get("designations").asLong(),
					"links", record.get("links").asLong());
		}
	}

	private Map<String, Object> mutate(String document) {
		return new GraphQlClient(this.http).data(document, CurationTest.EDITOR);
	}

}
