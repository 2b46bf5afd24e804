package io.chaingraph.api.export;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail for the auditor (审计): a quarter asked by its dates in Beijing time (until, and dates at Beijing's
 * midnight), and the trail as a CSV and Excel table with the same filters, read back.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class AuditTrailExportTest {

	private static final String QUARTER_ACTOR = "audit-test-quarter";

	@Autowired
	TestRestTemplate http;

	/**
	 * Four entries around the third quarter as Beijing counts it: 06-30 23:59, 07-01 00:30, 09-30 23:59 and 10-01
	 * 00:00 Beijing time. {since: 2026-07-01, until: 2026-10-01} lists the middle two; read at UTC's midnight, the
	 * dates had left out 07-01 00:30 and taken 10-01 00:00 in, and there was no until at all.
	 */
	@Test
	void aQuarterIsAskedByItsDatesInBeijingTime() throws Exception {
		try (var session = TestNeo4j.driver().session()) {
			for (var entry : List.of(List.of("q-before", "2026-06-30T15:59:00Z"), List.of("q-first", "2026-06-30T16:30:00Z"),
					List.of("q-last", "2026-09-30T15:59:00Z"), List.of("q-after", "2026-09-30T16:00:00Z"))) {
				session.run("""
						CREATE (a:AuditEntry {id: $id, at: datetime($at), actor: $actor, mutation: 'tagEnterprise',
						  arguments: '{}', source: 'file:核查记录.pdf', entityType: 'Enterprise', entityKey: '600362-sh',
						  before: '{"tags":["上市"]}', after: '{"tags":["上市","规上"]}'})""",
						Map.of("id", entry.get(0), "at", entry.get(1), "actor", QUARTER_ACTOR)).consume();
			}
		}
		assertThat(keys("{actor: \"%s\", since: \"2026-07-01\", until: \"2026-10-01\"}".formatted(QUARTER_ACTOR)))
			.containsExactly("q-last", "q-first");
		assertThat(keys("{actor: \"%s\", since: \"2026-07-01 00:30\"}".formatted(QUARTER_ACTOR)))
			.containsExactly("q-after", "q-last", "q-first");
		assertThat(keys("{actor: \"%s\", until: \"2026-09-30T16:00:00Z\"}".formatted(QUARTER_ACTOR)))
			.containsExactly("q-last", "q-first", "q-before");
		// The firm as an auditor types it: its id in capitals or with spaces, its name (each found nothing); empty refused.
		for (var entity : List.of("600362-SH", " 600362-sh ", "江西铜业股份有限公司")) {
			assertThat(keys("{actor: \"%s\", entity: \"%s\", since: \"2026-07-01\", until: \"2026-10-01\"}"
				.formatted(QUARTER_ACTOR, entity))).as(entity).containsExactly("q-last", "q-first");
		}
		for (var blank : List.of("{entity: \" \"}", "{actor: \"\"}")) {
			var refused = client().error("{ auditTrail(filter: " + blank + ") { totalCount } }");
			assertThat(GraphQlClient.code(refused)).as(blank).isEqualTo("BAD_INPUT");
			assertThat((String) refused.get("message")).as(blank).startsWith("filter.").contains(": empty", "为空");
		}
		// A load's entry (the loader writes it in the load's transaction) is no change of the curation API's.
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (:AuditEntry {id: 'q-load', at: datetime('2026-08-01T00:00:00Z'), actor: 'loader', mutation: 'load',
					  arguments: '{"dataSet":"demo"}', source: 'dataset:demo', entityType: 'Enterprise', entityKey: '600362-sh',
					  before: '{"tags":["上市","规上"]}', after: '{"tags":["上市"]}'})""").consume();
		}
		@SuppressWarnings("unchecked")
		var sources = (Map<String, Object>) client().data("""
				{ auditTrail(filter: {since: "2026-07-01", until: "2026-10-01"}) { nodes { actor source { curated } } } }""")
			.get("auditTrail");
		assertThat(sources.get("nodes")).isEqualTo(List.of(Map.of("actor", QUARTER_ACTOR, "source", Map.of("curated", true)),
				Map.of("actor", "loader", "source", Map.of("curated", false)),
				Map.of("actor", QUARTER_ACTOR, "source", Map.of("curated", true))));
		var backwards = client().error("{ auditTrail(filter: {since: \"2026-10-01\", until: \"2026-07-01\"}) { totalCount } }");
		assertThat(GraphQlClient.code(backwards)).isEqualTo("BAD_INPUT");
		assertThat((String) backwards.get("message")).contains("filter.until", "截止时间应晚于起始时间");

		var csv = get("/export/audit-trail.csv?actor=" + QUARTER_ACTOR + "&since=2026-07-01&until=2026-10-01");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		var lines = ExportTest.lines(csv);
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).startsWith("1,2026-09-30 23:59:00," + QUARTER_ACTOR + ",增删企业标签,tagEnterprise,企业,600362-sh,"
				+ "江西铜业股份有限公司,企业标签：上市 → 上市、规上,file:核查记录.pdf,,");
		assertThat(lines[2]).startsWith("2,2026-07-01 00:30:00,").endsWith(",q-first");
		assertThat(ExportTest.fileName(csv)).isEqualTo("审计记录-" + QUARTER_ACTOR + "-2026-07-01至2026-10-01.csv");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"audit-trail-" + QUARTER_ACTOR + "-2026-07-01_2026-10-01.csv\"");
	}

	/**
	 * Changes made through the API, then the trail as a workbook: one row per entry, the same as auditTrail lists,
	 * times in Beijing time, the firm by name (a designation's holder too), what changed in words; a firm removed
	 * since is still found by its key; the filters and limits of the other downloads.
	 */
	@Test
	void theTrailAsATable() throws Exception {
		var client = client();
		client.data("""
				mutation { tagEnterprise(input: {enterprise: "600362-sh", add: ["专精特新"], source: "file:核查记录.pdf",
				  quote: "年审"}) { changed } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { designateEnterprise(input: {enterprise: "600362-sh", chain: "jx-nonferrous", region: "36",
				  kind: NAVIGATOR, source: "file:核查记录.pdf"}) { changed } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { revokeDesignation(input: {key: "NAVIGATOR:jx-nonferrous:36:600362-sh", source: "file:核查记录.pdf",
				  quote: "认定有误"}) { revokedKey } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { upsertEnterprise(input: {key: "audit-export-firm", name: "示例·审计导出测试有限公司", regionCode: "3601",
				  source: "illustrative"}) { created } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { designateEnterprise(input: {enterprise: "audit-export-firm", chain: "jx-nonferrous", region: "3601",
				  kind: LEADING, source: "illustrative"}) { changed } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { revokeDesignation(input: {key: "LEADING:jx-nonferrous:3601:audit-export-firm", source: "illustrative"})
				  { revokedKey } }""", GraphQlClient.EDITOR);
		client.data("""
				mutation { removeEnterprise(input: {enterprise: "audit-export-firm", source: "file:核查记录.pdf",
				  quote: "重复录入"}) { removedKey } }""", GraphQlClient.EDITOR);
		@SuppressWarnings("unchecked")
		var trail = (Map<String, Object>) client.data("{ auditTrail(filter: {actor: \"test-editor\"}, first: 100) { "
				+ "totalCount nodes { key at mutation source { curated } } } }").get("auditTrail");
		@SuppressWarnings("unchecked")
		var nodes = (List<Map<String, Object>>) trail.get("nodes");
		assertThat(nodes).hasSize(7);
		// Each a change the curation API made (an entry keeps no datasets list: it read false).
		assertThat(nodes).allSatisfy(n -> assertThat(n.get("source")).isEqualTo(Map.of("curated", true)));

		var xlsx = get("/export/audit-trail.xlsx?actor=test-editor");
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ExportTest.fileName(xlsx)).isEqualTo("审计记录-test-editor.xlsx");
		var rows = ExportTest.texts(ExportTest.firstSheet(xlsx));
		assertThat(rows.getFirst()).isEqualTo(AuditTrailTable.HEADERS);
		assertThat(rows).hasSize(1 + 7);
		// Newest first, as auditTrail lists them; the time as Beijing reads it.
		var beijing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		for (int i = 0; i < nodes.size(); i++) {
			var row = rows.get(i + 1);
			assertThat(row.get(14)).isEqualTo(nodes.get(i).get("key"));
			assertThat(row.get(4)).isEqualTo(nodes.get(i).get("mutation"));
			assertThat(row.get(1)).isEqualTo(ZonedDateTime.parse((String) nodes.get(i).get("at"))
				.withZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(beijing));
		}
		var tag = rows.get(7);
		assertThat(tag.subList(2, 11)).containsExactly("test-editor", "增删企业标签", "tagEnterprise", "企业", "600362-sh",
				"江西铜业股份有限公司", "企业标签：上市 → 上市、专精特新", "file:核查记录.pdf", "年审");
		assertThat(tag.get(11)).contains("\"tags\":[\"上市\"]").doesNotContain("\\u");
		assertThat(tag.get(12)).contains("\"tags\":[\"上市\",\"专精特新\"]");
		var revoked = rows.get(5);
		assertThat(revoked.subList(3, 11)).containsExactly("撤销认定", "revokeDesignation", "认定",
				"NAVIGATOR:jx-nonferrous:36:600362-sh", "江西铜业股份有限公司", "删除", "file:核查记录.pdf", "认定有误");
		var removed = rows.get(1);
		assertThat(removed.subList(3, 9)).containsExactly("删除企业", "removeEnterprise", "企业", "audit-export-firm",
				"示例·审计导出测试有限公司", "删除");
		// A designation of a firm removed since: its holder named by the firm's own entries.
		assertThat(rows.get(2).subList(4, 9)).containsExactly("revokeDesignation", "认定",
				"LEADING:jx-nonferrous:3601:audit-export-firm", "示例·审计导出测试有限公司", "删除");
		assertThat(ExportTest.notes(xlsx)).contains("[符合条件的记录, 7 条，本文件列出最新的 7 条]", "北京时间（UTC+8）", "修改者 test-editor");

		// A firm removed since: its whole trail, by its key.
		var firm = ExportTest.lines(get("/export/audit-trail.csv?entity=audit-export-firm"));
		assertThat(firm).hasSize(1 + 4);
		assertThat(firm[1]).contains(",删除企业,removeEnterprise,企业,audit-export-firm,示例·审计导出测试有限公司,删除,");
		assertThat(firm[4]).contains(",新增或更新企业,upsertEnterprise,企业,audit-export-firm,示例·审计导出测试有限公司,新建,");
		// The mutations asked, as a list; an empty field is no filter (a form's).
		var revocations = get("/export/audit-trail.csv?mutations=revokeDesignation,designateEnterprise&actor=&since=");
		assertThat(ExportTest.lines(revocations)).hasSize(1 + 4);
		assertThat(ExportTest.lines(revocations)[0]).isEqualTo(String.join(",", AuditTrailTable.HEADERS));
		assertThat(Arrays.copyOf(revocations.getBody(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		// The limit, and the note that says more match.
		var one = get("/export/audit-trail.xlsx?actor=test-editor&limit=1");
		assertThat(ExportTest.texts(ExportTest.firstSheet(one))).hasSize(2);
		assertThat(ExportTest.notes(one)).contains("7 条，本文件列出最新的 1 条；其余请缩小时间范围");

		assertThat(error("/export/audit-trail.csv?limit=5001", HttpStatus.UNPROCESSABLE_CONTENT)).contains("LIMIT_EXCEEDED");
		// The download's own parameter names, not the query's filter.since
		assertThat(error("/export/audit-trail.csv?since=yesterday", HttpStatus.BAD_REQUEST)).contains("\"since: expected")
			.doesNotContain("filter.");
		assertThat(error("/export/audit-trail.csv?mutations=revoke", HttpStatus.BAD_REQUEST)).contains("'revoke'");
		assertThat(error("/export/audit-trail.pdf", HttpStatus.NOT_FOUND)).contains("NOT_FOUND");
	}

	private List<String> keys(String filter) {
		@SuppressWarnings("unchecked")
		var trail = (Map<String, Object>) client().data("{ auditTrail(filter: " + filter + ") { nodes { key } } }")
			.get("auditTrail");
		@SuppressWarnings("unchecked")
		var nodes = (List<Map<String, Object>>) trail.get("nodes");
		return nodes.stream().map(n -> (String) n.get("key")).toList();
	}

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	private String error(String url, HttpStatus status) {
		var response = this.http.getForEntity(url, String.class);
		assertThat(response.getStatusCode()).as(url).isEqualTo(status);
		return response.getBody();
	}

	private ResponseEntity<byte[]> get(String url) {
		return this.http.getForEntity(url, byte[].class);
	}

}
