package io.chaingraph.loader.chainkg;

import java.io.IOException;
import java.nio.file.Files;
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
		chainKgFiles(folder);
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

	/** Two listed firms in the seven files of the ChainKnowledgeGraph format (loader/CHAINKG.md). */
	private static void chainKgFiles(Path folder) throws IOException {
		Files.writeString(folder.resolve("company.json"), """
				{"name": "江西铜业", "fullname": "江西铜业股份有限公司", "code": "600362.SH", "location": "上海证券交易所", "time": "2002-01-11"}
				{"name": "亿纬锂能", "fullname": "惠州亿纬锂能股份有限公司", "code": "300014.SZ", "location": "深圳证券交易所", "time": "2009-10-30"}
				""");
		Files.writeString(folder.resolve("industry.json"), """
				{"code": "240000", "name": "有色金属"}
				{"code": "240200", "name": "工业金属"}
				{"code": "240202", "name": "铜"}
				{"code": "630000", "name": "电力设备"}
				""");
		Files.writeString(folder.resolve("industry_industry.json"), """
				{"from_code": "240200", "from_industry": "工业金属", "rel": "上级行业", "to_industry": "有色金属", "to_code": "240000"}
				{"from_code": "240202", "from_industry": "铜", "rel": "上级行业", "to_industry": "工业金属", "to_code": "240200"}
				""");
		Files.writeString(folder.resolve("company_industry.json"), """
				{"company_code": "600362.SH", "industry_code": "240202", "industry_name": "铜", "company_name": "江西铜业", "rel": "所属行业"}
				{"company_code": "300014.SZ", "industry_code": "630000", "industry_name": "电力设备", "company_name": "亿纬锂能", "rel": "所属行业"}
				""");
		Files.writeString(folder.resolve("product.json"), """
				{"name": "阴极铜"}
				{"name": "铜材"}
				{"name": "锂离子电池"}
				""");
		Files.writeString(folder.resolve("company_product.json"), """
				{"company_name": "江西铜业", "company_code": "600362.SH", "product_name": "阴极铜", "rel": "主营产品", "rel_weight": 0.62}
				{"company_name": "江西铜业", "company_code": "600362.SH", "product_name": "铜材", "rel": "主营产品", "rel_weight": 0.25}
				{"company_name": "亿纬锂能", "company_code": "300014.SZ", "product_name": "锂离子电池", "rel": "主营产品", "rel_weight": 0.9}
				""");
		Files.writeString(folder.resolve("product_product.json"), """
				{"from_entity": "锂离子电池", "rel": "上游材料", "to_entity": "铜材"}
				""");
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
