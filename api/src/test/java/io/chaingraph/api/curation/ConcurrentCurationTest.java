package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.CurationLocks;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two changes of one firm at once. The other change is a transaction of the test's own, holding the firm's lock
 * uncommitted; the API's change is sent meanwhile, and the other commits only once Neo4j says the API's transaction
 * waits for it: the order is fixed, no timing decides it.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class ConcurrentCurationTest {

	/** A demo firm tagged 上市 alone. */
	private static final String FIRM = "002378-sz";

	@Autowired
	TestRestTemplate http;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	/** Sends a mutation in another thread: its answer, data and errors. */
	private CompletableFuture<Map<String, Object>> send(String mutation) {
		return CompletableFuture.supplyAsync(() -> client().answer(mutation, GraphQlClient.EDITOR));
	}

	@SuppressWarnings("unchecked")
	private List<String> tags() {
		var firm = (Map<String, Object>) client().data("{ enterprise(key: \"%s\") { tags } }".formatted(FIRM)).get("enterprise");
		return (List<String>) firm.get("tags");
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoTagsAddedAtOnceAreBothKeptAndTheLaterEntrySeesTheEarlier() throws Exception {
		assertThat(tags()).containsExactly("上市");
		CompletableFuture<Map<String, Object>> answer;
		try (var session = TestNeo4j.driver().session(); Transaction other = session.beginTransaction()) {
			// Another curator's change, written and not yet committed: it holds the firm.
			other.run("MATCH (e:Enterprise {id: $key}) SET e.tags = e.tags + '专精特新'", Map.of("key", FIRM)).consume();
			answer = send("mutation { tagEnterprise(input: {enterprise: \"%s\", add: [\"链主\"], source: \"illustrative\"}) "
					.formatted(FIRM) + "{ changed enterprise { tags } audit { before after } } }");
			CurationLocks.awaitBlocked(answer, "the other change");
			other.commit();
		}
		var body = answer.get(30, TimeUnit.SECONDS);
		assertThat(body.get("errors")).isNull();
		var payload = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("tagEnterprise");
		// It waited for the other change and added to what that left, where it wrote [上市, 链主] over it.
		assertThat(tags()).containsExactly("上市", "专精特新", "链主");
		assertThat((Map<String, Object>) payload.get("enterprise")).containsEntry("tags", List.of("上市", "专精特新", "链主"));
		var audit = (Map<String, Object>) payload.get("audit");
		assertThat((String) audit.get("before")).as("the entry's before: the firm as the change found it")
			.contains("\"tags\":[\"上市\",\"专精特新\"]");
	}

	@Test
	void aFirmRemovedWhileAChangeOfItWaitsIsNotFoundNotAnInternalError() throws Exception {
		var firm = "jiangxi-tungsten-holding"; // a demo firm holding no designation
		CompletableFuture<Map<String, Object>> answer;
		try (var session = TestNeo4j.driver().session(); Transaction other = session.beginTransaction()) {
			// removeEnterprise of another curator, not yet committed.
			other.run("MATCH (e:Enterprise {id: $key}) DETACH DELETE e", Map.of("key", firm)).consume();
			answer = send(("mutation { tagEnterprise(input: {enterprise: \"%s\", add: [\"链主\"], source: \"illustrative\"}) "
					+ "{ changed } }").formatted(firm));
			CurationLocks.awaitBlocked(answer, "the other change");
			other.commit();
		}
		var body = answer.get(30, TimeUnit.SECONDS);
		@SuppressWarnings("unchecked")
		var error = ((List<Map<String, Object>>) body.get("errors")).getFirst();
		assertThat(error.get("extensions")).asString().contains("NOT_FOUND");
		assertThat((String) error.get("message")).contains(firm);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:Enterprise {id: $key}) RETURN count(e) AS n", Map.of("key", firm)).single()
				.get("n").asLong()).as("nothing wrote the removed firm back").isZero();
		}
	}

}
