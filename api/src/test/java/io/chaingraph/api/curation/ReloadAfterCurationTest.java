package io.chaingraph.api.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.chainkg.ChainKgFiles;
import io.chaingraph.loader.chainkg.ChainKgImporter;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.StoredFirmCounts;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload of a data set that still lists what a curator removed through the API does not bring it back unasked:
 * the loader leaves those rows (and the links of a removed firm or designation) out, names each with who removed it,
 * when and on what grounds, and writes them only with {@code --restore-removed}.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class ReloadAfterCurationTest {

	private static final String SOURCE = "file:核查记录-2026-11.pdf";

	@Autowired
	TestRestTemplate http;

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

	/**
	 * A city office drops a firm from its file and loads with --prune; an analyst had tagged the firm through the API,
	 * so it stays (curation:api). It stays in its county, as it was: the prune took its region link, the office's
	 * alone, and left a firm without a region, in no count by region and no gap table. The summary names it and says
	 * who keeps it, so the office can tell that its removal did not happen.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aFirmTheOfficeDropsThatAnAnalystTaggedStaysInItsRegionAndIsNamed(@TempDir Path folder) throws IOException {
		var header = "id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\n";
		Files.writeString(folder.resolve("dataset.yaml"), "format: chaingraph/v1\nid: gz-office\nname: 赣州市商务局招商数据\n");
		Files.writeString(folder.resolve("enterprises.csv"), header + "test-gz-e,示例·赣州戊铜箔有限公司,,,,360702,,,illustrative,\n");
		var loader = new GraphLoader(TestNeo4j.driver());
		loader.load(folder, new GraphLoader.Options(false, false));
		mutate("""
				mutation { tagEnterprise(input: {enterprise: "test-gz-e", add: ["规上"], source: "%s"}) { changed } }"""
			.formatted(SOURCE));
		Files.writeString(folder.resolve("enterprises.csv"), header);

		var pruned = loader.load(folder, new GraphLoader.Options(false, true, false, 1.0));

		assertThat(pruned.staying()).isEqualTo(Map.of("Enterprise", List.of("示例·赣州戊铜箔有限公司 (test-gz-e) by curation:api")));
		var firm = (Map<String, Object>) mutate("{ enterprise(key: \"test-gz-e\") { tags region { code } } }").get("enterprise");
		assertThat(firm).isEqualTo(Map.of("tags", List.of("规上"), "region", Map.of("code", "360702")));
		assertFresh();
	}

	/**
	 * An analyst links a firm of a city office's data set to a segment (the link is curation's, the firm still the
	 * office's alone); the office drops it and another firm and loads with --prune, which deletes both. The trail of that firm does
	 * not just end: the load wrote an entry (mutation load, actor loader, source dataset:<id>) with the firm as it was
	 * before the load, its segment link included, and nothing after; the dry run says it would. The other firm,
	 * which the API never changed, gets no entry.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aPruneThatDeletesAFirmTheApiChangedSaysSoInTheTrail(@TempDir Path folder) throws IOException {
		var header = "id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\n";
		Files.writeString(folder.resolve("dataset.yaml"), "format: chaingraph/v1\nid: gz-prune-office\nname: 赣州市某区招商数据\n");
		Files.writeString(folder.resolve("enterprises.csv"), header + "test-gz-p,示例·赣州己磁材有限公司,,,,360702,,,illustrative,\n"
				+ "test-gz-q,示例·赣州庚电机有限公司,,,,360702,,,illustrative,\n");
		var loader = new GraphLoader(TestNeo4j.driver());
		loader.load(folder, new GraphLoader.Options(false, false));
		mutate("""
				mutation { linkEnterpriseToSegment(input: {enterprise: "test-gz-p", segment: "jx-nonferrous/copper-foil",
				  role: "主营", source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		Files.writeString(folder.resolve("enterprises.csv"), header);
		var trail = """
				{ auditTrail(filter: {entity: "test-gz-p"%s}, first: 5) { totalCount
				    nodes { actor mutation entityType entityKey arguments before after source { reference } } } }""";

		var dryRun = loader.load(folder, new GraphLoader.Options(true, true, false, 1.0));
		assertThat(dryRun.render()).contains("示例·赣州己磁材有限公司 (test-gz-p)",
				"1 firm the curation API had changed: the audit trail would record its deletion (mutation load;");
		assertThat((Map<String, Object>) mutate(trail.formatted("")).get("auditTrail")).as("a dry run writes none")
			.containsEntry("totalCount", 1);

		var pruned = loader.load(folder, new GraphLoader.Options(false, true, false, 1.0));

		assertThat(pruned.counts().get("Enterprise").deleted()).isEqualTo(2);
		assertThat(pruned.render()).contains("1 firm the curation API had changed: the audit trail records its deletion");
		var all = (Map<String, Object>) mutate(trail.formatted("")).get("auditTrail");
		assertThat(all).as("the analyst's link and the load's deletion").containsEntry("totalCount", 2);
		var entry = ((List<Map<String, Object>>) all.get("nodes")).getFirst();
		assertThat(entry).containsEntry("actor", "loader").containsEntry("mutation", "load")
			.containsEntry("entityType", "Enterprise").containsEntry("entityKey", "test-gz-p")
			.containsEntry("arguments", "{\"dataSet\":\"gz-prune-office\",\"prune\":true,\"ranBy\":\"" + GraphLoader.RAN_BY + "\"}")
			.containsEntry("after", null);
		assertThat((String) entry.get("before")).contains("\"name\":\"示例·赣州己磁材有限公司\"", "\"regionCode\":\"360702\"",
				"\"segments\":[\"jx-nonferrous/copper-foil (主营)\"]").doesNotContain("datasets");
		assertThat((Map<String, Object>) entry.get("source")).containsEntry("reference", "dataset:gz-prune-office");
		assertThat((Map<String, Object>) mutate(trail.formatted(", mutations: [\"load\"]")).get("auditTrail"))
			.containsEntry("totalCount", 1);
		assertThat((Map<String, Object>) mutate("""
				{ auditTrail(filter: {entity: "test-gz-q"}) { totalCount } }""").get("auditTrail"))
			.as("a firm the API never changed gets no entry").containsEntry("totalCount", 0);
		assertFresh();
	}

	/**
	 * The ChainKnowledgeGraph import checks the same audit trail: a listed firm and a product link removed through the
	 * API stay out of a re-import of the same files (the firm's industry and product links with it), named by file and
	 * line, until {@code --restore-removed}.
	 */
	@Test
	void aChainKnowledgeGraphReimportKeepsWhatCurationRemovedUnlessToldToRestoreIt(@TempDir Path folder)
			throws IOException {
		ChainKgFiles.twoListedFirms(folder);
		var importer = new ChainKgImporter(TestNeo4j.driver());
		assertThat(importer.importDirectory(folder, false).removals()).as("nothing removed from these files yet")
			.isEmpty();
		mutate("""
				mutation { unlinkEnterpriseFromProduct(input: {enterprise: "600362-sh", product: "铜材",
				  source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		mutate("""
				mutation { removeEnterprise(input: {enterprise: "300014-sz", source: "%s"}) { audit { at } } }"""
			.formatted(SOURCE));
		var removed = List.of("company.json:2: 300014-sz", "company_product.json:2: 600362-sh → 铜材");
		var before = graph();

		var dryRun = importer.importDirectory(folder, true);
		assertThat(dryRun.removals()).as("a dry run tells beforehand").isEqualTo(removed);
		assertThat(dryRun.render()).contains("Would keep removed: 2 things", "removeEnterprise by test-editor",
				"依据: file:核查记录-2026-11.pdf");

		var reimport = importer.importDirectory(folder, false);
		assertThat(reimport.removals()).isEqualTo(removed);
		assertThat(reimport.render()).contains("Kept removed: 2 things", "--restore-removed");
		assertThat(graph()).as("nothing came back, nothing else changed").isEqualTo(before);
		assertThat(reimport.written("Enterprise").skipped()).isEqualTo(1);
		assertThat(reimport.written("IN_INDUSTRY").skipped()).as("the removed firm's").isEqualTo(1);
		assertThat(reimport.written("MAKES").skipped()).as("the removed link and the removed firm's").isEqualTo(2);
		assertThat(reimport.written("MAKES").unchanged()).as("江西铜业's other product").isEqualTo(1);

		var restore = importer.importDirectory(folder, false, true);
		assertThat(restore.render()).contains("Brought back 2 things");
		assertThat(graph().get("firms")).isEqualTo(before.get("firms") + 1);
		assertThat(graph().get("links")).as("the firm's industry and product, 江西铜业's 铜材")
			.isEqualTo(before.get("links") + 3);
		assertThat(importer.importDirectory(folder, false).removals()).as("back in the graph: nothing to keep out")
			.isEmpty();
	}

	/**
	 * An analyst tags a firm of the demo; the next load of the demo sets the firm's tags back to its file's (a value
	 * that differs replaces, with a warning). The trail ended at the analyst's tags; it now says the load replaced
	 * them: mutation load, actor loader, the tags before and after, the data set as source. A load that replaces
	 * nothing of a curated firm writes no entry.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aLoadThatSetsACuratedValueOtherwiseSaysSoInTheTrail() {
		var loader = new GraphLoader(TestNeo4j.driver());
		loader.loadShipped(false);
		mutate("""
				mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["规上"], source: "%s"}) { audit { at } } }"""
			.formatted(SOURCE));
		var trail = """
				{ auditTrail(filter: {entity: "600362-sh", mutations: ["load"]}, first: 5) { totalCount
				    nodes { actor mutation entityType entityKey arguments before after source { reference } } } }""";
		assertThat((Map<String, Object>) mutate(trail).get("auditTrail")).containsEntry("totalCount", 0);

		var reload = loader.loadShipped(false);
		assertThat(reload.render()).contains("600362-sh");
		var entries = (Map<String, Object>) mutate(trail).get("auditTrail");
		assertThat(entries).containsEntry("totalCount", 1);
		var entry = ((List<Map<String, Object>>) entries.get("nodes")).getFirst();
		assertThat(entry).containsEntry("actor", "loader").containsEntry("mutation", "load")
			.containsEntry("entityType", "Enterprise").containsEntry("entityKey", "600362-sh")
			.containsEntry("before", "{\"tags\":[\"上市\",\"规上\"]}").containsEntry("after", "{\"tags\":[\"上市\"]}")
			.containsEntry("arguments", "{\"dataSet\":\"demo\",\"ranBy\":\"" + GraphLoader.RAN_BY + "\"}");
		assertThat(GraphLoader.RAN_BY).as("who ran the load, and where").startsWith(System.getProperty("user.name") + "@")
			.doesNotEndWith("@");
		assertThat((Map<String, Object>) entry.get("source")).containsEntry("reference", "dataset:demo");

		loader.loadShipped(false);
		assertThat((Map<String, Object>) mutate(trail).get("auditTrail")).as("nothing replaced the second time")
			.containsEntry("totalCount", 1);
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
