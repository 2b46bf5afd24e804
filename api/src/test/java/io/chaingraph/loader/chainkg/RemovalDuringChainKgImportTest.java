package io.chaingraph.loader.chainkg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
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
 * A curator removes a listed firm and a product link through the API while a ChainKnowledgeGraph import of files
 * that list them runs: each removal commits after the import read the removals from the audit trail and before it
 * writes (the import calls the curator in as it begins writing, and waits for the commits). The import does not bring
 * them back: it reads the removals again before its commit, takes out what it wrote of them and names them by file
 * and line, as it names those made before it began.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class RemovalDuringChainKgImportTest {

	private static final String SOURCE = "file:核查记录-2026-11.pdf";

	@Autowired
	TestRestTemplate http;

	@Test
	void aRemovalCommittedWhileTheImportWritesStaysRemovedAndIsNamed(@TempDir Path folder) throws IOException {
		ChainKgFiles.twoListedFirms(folder);
		assertThat(new ChainKgImporter(TestNeo4j.driver()).importDirectory(folder, false).removals()).isEmpty();
		var before = graph();
		var removed = new AtomicBoolean();
		var importer = new ChainKgImporter(TestNeo4j.driver(), phase -> {
			if (phase.equals("writing") && !removed.getAndSet(true)) {
				CompletableFuture.runAsync(() -> List.of("""
						mutation { unlinkEnterpriseFromProduct(input: {enterprise: "600362-sh", product: "铜材",
						  source: "%s"}) { audit { at } } }""".formatted(SOURCE), """
						mutation { removeEnterprise(input: {enterprise: "300014-sz", source: "%s"}) { audit { at } } }"""
					.formatted(SOURCE)).forEach(this::mutate)).orTimeout(30, TimeUnit.SECONDS).join();
			}
		});

		var reimport = importer.importDirectory(folder, false);

		assertThat(removed).as("the curator's changes ran during the import").isTrue();
		assertThat(reimport.removals()).as("named by file and line").containsExactly("company.json:2: 300014-sz",
				"company_product.json:2: 600362-sh → 铜材");
		assertThat(reimport.render()).contains("Kept removed: 2 things", "removeEnterprise by test-editor",
				"unlinkEnterpriseFromProduct by test-editor", "--restore-removed");
		var after = graph();
		assertThat(after.get("firms")).as("the removed firm stayed out").isEqualTo(before.get("firms") - 1);
		assertThat(after.get("links")).as("the firm's industry and product, 江西铜业's 铜材")
			.isEqualTo(before.get("links") - 3);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("""
					RETURN EXISTS { (:Enterprise {id: '600362-sh'})-[:MAKES]->(:Product {name: '铜材'}) } AS product,
					       EXISTS { (:Enterprise {id: '300014-sz'}) } AS firm""").single().asMap())
				.as("nothing the curator removed came back").isEqualTo(Map.of("product", false, "firm", false));
		}
		assertThat(reimport.written("Enterprise").created()).as("nothing written back is counted as created")
			.isZero();
		assertThat(reimport.written("Enterprise").skipped()).isEqualTo(1);
		assertThat(reimport.written("IN_INDUSTRY").skipped()).as("the removed firm's").isEqualTo(1);
		assertThat(reimport.written("MAKES").skipped()).as("the removed link and the removed firm's").isEqualTo(2);
		assertThat(reimport.written("MAKES").created()).isZero();
		var check = StoredFirmCounts.check(TestNeo4j.driver(), CypherCatalog.standard().query("firmcount/check"));
		assertThat(check.mismatches()).as("stored counts that differ from a fresh count").isEmpty();
	}

	private static Map<String, Long> graph() {
		try (var session = TestNeo4j.driver().session()) {
			var record = session.run("""
					RETURN COUNT { (:Enterprise) } AS firms, COUNT { ()-[r]->() WHERE NOT r:FIRM_COUNT } AS links""")
				.single();
			return Map.of("firms", record.get("firms").asLong(), "links", record.get("links").asLong());
		}
	}

	private Map<String, Object> mutate(String document) {
		return new GraphQlClient(this.http).data(document, GraphQlClient.EDITOR);
	}

}
