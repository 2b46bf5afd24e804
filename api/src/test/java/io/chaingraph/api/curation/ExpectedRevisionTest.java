package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two curators read one firm; one restates it with another region, then the other with another tag list. Without
 * {@code expectedRevision} the second record replaces the first's region without a word (upsertEnterprise restates
 * the whole record); with it, the second is refused with CONFLICT naming who changed the firm, and writes nothing.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class ExpectedRevisionTest {

	/** A demo firm in 3607Z01 tagged 上市. */
	private static final String FIRM = "300748-sz";

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> firm() {
		return (Map<String, Object>) client()
			.data("{ enterprise(key: \"%s\") { revision tags region { code } } }".formatted(FIRM))
			.get("enterprise");
	}

	private int entries() {
		var trail = (Map<?, ?>) client().data("{ auditTrail(filter: {entity: \"%s\"}) { totalCount } }".formatted(FIRM))
			.get("auditTrail");
		return (Integer) trail.get("totalCount");
	}

	/** The firm restated as the demo has it, with this region and these tags, and the revision read (or none). */
	private static String upsert(String region, String tags, String revision) {
		return ("mutation { upsertEnterprise(input: {key: \"%s\", name: \"江西金力永磁科技股份有限公司\", aliases: [\"金力永磁\"], "
				+ "stockCode: \"300748.SZ\", regionCode: \"%s\", tags: [%s], source: \"registry:深圳证券交易所上市公司信息\"%s}) "
				+ "{ changed enterprise { revision } } }")
			.formatted(FIRM, region, tags, revision == null ? "" : ", expectedRevision: \"" + revision + "\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRestatementOverAFirmChangedSinceItWasReadIsAConflictAndWritesNothing() {
		var read = firm();
		var revision = (String) read.get("revision");
		assertThat(revision).isNotBlank();
		assertThat(firm().get("revision")).as("the same firm, the same revision").isEqualTo(revision);

		// Curator 2 moves the firm to 赣州市 (3607), from the firm as both read it: saved.
		var moved = (Map<String, Object>) client().data(upsert("3607", "\"上市\"", revision), GraphQlClient.EDITOR)
			.get("upsertEnterprise");
		assertThat(moved).containsEntry("changed", true);
		var now = (String) ((Map<String, Object>) moved.get("enterprise")).get("revision");
		assertThat(now).isNotEqualTo(revision).isEqualTo(firm().get("revision"));
		int entries = entries();

		// Curator 1 adds 专精特新 to the firm as it read it, where the region was 3607Z01: refused, nothing written.
		var answer = client().answer(upsert("3607Z01", "\"上市\", \"专精特新\"", revision), GraphQlClient.EDITOR);
		var error = ((List<Map<String, Object>>) answer.get("errors")).getFirst();
		assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "CONFLICT")
			.containsEntry("revision", now);
		assertThat((String) error.get("message")).contains("changed since it was read")
			.contains("upsertEnterprise by test-editor at")
			.contains("已被他人修改");
		assertThat(firm()).containsEntry("tags", List.of("上市"))
			.containsEntry("region", Map.of("code", "3607"))
			.containsEntry("revision", now);
		assertThat(entries()).as("no entry for the refused change").isEqualTo(entries);

		// Read again, the change goes through on what the firm is now.
		client().data(upsert("3607", "\"上市\", \"专精特新\"", now), GraphQlClient.EDITOR);
		assertThat(firm()).containsEntry("tags", List.of("上市", "专精特新")).containsEntry("region", Map.of("code", "3607"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void withoutARevisionTheRecordReplacesTheFirmAsBefore() {
		client().data(upsert("3607Z01", "\"上市\"", null), GraphQlClient.EDITOR);
		var revision = (String) firm().get("revision");
		client().data(upsert("3607", "\"上市\"", revision), GraphQlClient.EDITOR);
		var payload = (Map<String, Object>) client().data(upsert("3607Z01", "\"上市\"", null), GraphQlClient.EDITOR)
			.get("upsertEnterprise");
		assertThat(payload).containsEntry("changed", true);
		// Back as it was when read: the same revision.
		assertThat(firm()).containsEntry("region", Map.of("code", "3607Z01")).containsEntry("revision", revision);
	}

	/** A page of firms with their revisions reads them in one statement, whatever its size, each the firm's own. */
	@Test
	@SuppressWarnings("unchecked")
	void aPageOfRevisionsIsOneStatement() {
		var statements = new long[2];
		List<Map<String, Object>> large = null;
		for (int i = 0; i < 2; i++) {
			long before = this.reads.statementsRun();
			var page = (Map<String, Object>) client()
				.data("{ enterprises(first: %d) { nodes { key revision } } }".formatted(i == 0 ? 2 : 40)).get("enterprises");
			statements[i] = this.reads.statementsRun() - before;
			large = (List<Map<String, Object>>) page.get("nodes");
		}
		assertThat(statements[1]).as("statements for 40 firms vs 2").isEqualTo(statements[0]);
		assertThat(large).hasSize(40);
		for (var firm : large.subList(0, 3)) {
			var alone = (Map<String, Object>) client()
				.data("{ enterprise(key: \"%s\") { revision } }".formatted(firm.get("key"))).get("enterprise");
			assertThat(firm.get("revision")).as((String) firm.get("key")).isNotNull().isEqualTo(alone.get("revision"));
		}
		assertThat(large.stream().map(f -> f.get("revision")).distinct()).as("each firm its own").hasSize(40);
	}

}
