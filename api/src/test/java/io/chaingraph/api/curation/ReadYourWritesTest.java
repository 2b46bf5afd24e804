package io.chaingraph.api.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.GraphSessions;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads begin where this instance's writes ended (causal consistency through one bookmark manager): what a Neo4j
 * cluster or Aura needs so that a curator's next read, or the mutation's own nested fields, cannot come from a
 * member that has not applied the write yet. One server cannot lag, so the tests check the two halves of the chain:
 * a curation leaves its transaction's bookmark in the manager, and every read carries the manager's bookmarks.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class ReadYourWritesTest {

	private static final String FIRM = "read-your-writes-test-firm";

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphSessions sessions;

	@Autowired
	GraphReads reads;

	@Test
	void aCurationLeavesTheBookmarkOfItsTransactionForTheReadsAfterIt() {
		new GraphQlClient(this.http).data("{ region(code: \"36\") { name } }");
		var before = this.sessions.bookmarks().getBookmarks();
		assertThat(before).as("a read leaves the newest bookmark it saw").isNotEmpty();
		long statements = this.reads.statementsRun();

		var data = mutate("""
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·读己之写测试有限公司", regionCode: "360102",
				  source: "illustrative"}) { created audit { mutation } } }""".formatted(FIRM));
		assertThat(data).extracting("upsertEnterprise").extracting("created").isEqualTo(true);
		assertThat(this.reads.statementsRun()).as("the request read nothing after the write").isEqualTo(statements);

		var after = this.sessions.bookmarks().getBookmarks();
		assertThat(after).as("the write's bookmark replaced the older one").isNotEqualTo(before).isEqualTo(newest());

		mutate("""
				mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative"}) { audit { mutation } } }"""
			.formatted(FIRM));
		assertThat(this.sessions.bookmarks().getBookmarks()).isNotEqualTo(after).isEqualTo(newest());
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyReadCarriesTheBookmarksOfTheWritesBeforeIt() {
		var client = new GraphQlClient(this.http);
		var unusable = Bookmark.from("FB:not-a-bookmark");
		this.sessions.bookmarks().updateBookmarks(Set.of(), Set.of(unusable));
		try {
			// Neo4j checks a read's bookmarks before it begins; this one it cannot parse, so the read fails.
			var error = client.error("{ region(code: \"36\") { name } }");
			assertThat(error.get("message")).asString().isNotBlank();
			assertThat(GraphQlClient.code(error)).isNotNull();
		}
		finally {
			this.sessions.bookmarks().updateBookmarks(Set.of(unusable), Set.of());
		}
		assertThat(client.data("{ region(code: \"36\") { name } }")).extracting("region")
			.extracting(r -> ((Map<String, Object>) r).get("name"))
			.isEqualTo("江西省");
	}

	/**
	 * Across replicas: a mutation answers with bookmarks; a request bringing them back in the ChainGraph-Bookmarks
	 * header, to whichever replica, is read where the graph holds that write. Here one server stands for the replica
	 * that did not write: the header costs one more statement (the wait, Neo4j's own) the first time, none after.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aMutationAnswersWithItsBookmarksAndARequestBringingThemBackIsReadAfterThem() {
		var written = post("""
				mutation { upsertEnterprise(input: {key: "%s", name: "示例·读己之写测试有限公司", regionCode: "360102",
				  source: "illustrative"}) { created } }""".formatted(FIRM), CurationTest.EDITOR, null);
		try {
			assertThat(written.get("errors")).isNull();
			var bookmarks = (List<String>) ((Map<String, Object>) written.get("extensions")).get("bookmarks");
			assertThat(bookmarks).isNotEmpty().allSatisfy(b -> assertThat(b).startsWith("FB:"))
				.isEqualTo(this.sessions.values());
			assertThat(post("{ about { version } }", null, null).get("extensions")).as("a query's answer has none")
				.isNull();
			var refused = post("""
					mutation { upsertEnterprise(input: {key: "%s", name: "示例", regionCode: "nowhere", source: "illustrative"}) {
					  created } }""".formatted(FIRM), CurationTest.EDITOR, null);
			assertThat(refused.get("errors")).as("refused").isNotNull();
			assertThat(refused.get("extensions")).as("a mutation that wrote nothing has no bookmarks to wait for").isNull();

			var query = "{ enterprise(key: \"%s\") { name } }".formatted(FIRM);
			long statements = this.reads.statementsRun();
			var read = post(query, null, String.join(",", bookmarks));
			assertThat(read.get("errors")).isNull();
			assertThat(read).extracting("data").extracting("enterprise").extracting("name").isEqualTo("示例·读己之写测试有限公司");
			assertThat(this.reads.statementsRun() - statements).as("the wait, then the read").isEqualTo(2);
			statements = this.reads.statementsRun();
			assertThat(post(query, null, String.join(",", bookmarks)).get("errors")).isNull();
			assertThat(this.reads.statementsRun() - statements).as("a bookmark followed before is not waited for again")
				.isEqualTo(1);

			// The downloads take the header too.
			var headers = new HttpHeaders();
			headers.add(GraphSessions.HEADER, String.join(",", bookmarks));
			var file = this.http.exchange("/export/enterprises.csv?region=360102", HttpMethod.GET, new HttpEntity<>(headers),
					byte[].class);
			assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(new String(file.getBody(), StandardCharsets.UTF_8)).contains("示例·读己之写测试有限公司");
		}
		finally {
			mutate("""
					mutation { removeEnterprise(input: {enterprise: "%s", source: "illustrative"}) { audit { mutation } } }"""
				.formatted(FIRM));
		}
	}

	/**
	 * What is no bookmark of this graph is BAD_INPUT and never reaches the bookmark manager: kept there, it would fail
	 * every read of the instance. Too many are refused before Neo4j is asked.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aHeaderWithoutBookmarksOfThisGraphIsBadInputAndSpoilsNoOtherRead() {
		var before = this.sessions.bookmarks().getBookmarks();
		for (var header : List.of("not-a-bookmark", "FB:kcwQ")) {
			var answer = post("{ about { version } }", null, header);
			var error = ((List<Map<String, Object>>) answer.get("errors")).getFirst();
			assertThat(GraphQlClient.code(error)).isEqualTo("BAD_INPUT");
			assertThat((String) error.get("message")).startsWith("ChainGraph-Bookmarks: expected bookmarks of this graph")
				.endsWith("(书签无效)");
			assertThat(answer.get("data")).isNull();
		}
		var many = post("{ about { version } }", null,
				String.join(",", java.util.stream.IntStream.range(0, 17).mapToObj(i -> "FB:" + i).toList()));
		assertThat((String) ((List<Map<String, Object>>) many.get("errors")).getFirst().get("message"))
			.isEqualTo("ChainGraph-Bookmarks: 17 bookmarks, at most 16 are taken (书签过多：只需最近一次写入返回的书签)");
		assertThat(this.sessions.bookmarks().getBookmarks()).isEqualTo(before);
		assertThat(new GraphQlClient(this.http).data("{ region(code: \"36\") { name } }")).isNotNull();

		var headers = new HttpHeaders();
		headers.add(GraphSessions.HEADER, "not-a-bookmark");
		var file = this.http.exchange("/export/enterprises.csv?region=3601", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
		assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(file.getBody()).containsEntry("code", "BAD_INPUT");
	}

	/**
	 * A bookmark of a write the graph has not applied (a member behind the one that wrote): Neo4j waits for it, up to
	 * {@code db.transaction.bookmark_ready_timeout} (1 s in the tests; Neo4j waits twice, measured), then the request is UNAVAILABLE, to be
	 * tried again, and nothing is read. Made from a real bookmark with its transaction number far ahead.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aBookmarkTheGraphHasNotReachedIsWaitedForThenUnavailable() {
		var ahead = ahead(newest().iterator().next().value(), 1_000_000);
		long started = System.nanoTime();
		var answer = post("{ about { version } }", null, ahead);
		long waited = (System.nanoTime() - started) / 1_000_000;
		var error = ((List<Map<String, Object>>) answer.get("errors")).getFirst();
		assertThat(GraphQlClient.code(error)).isEqualTo("UNAVAILABLE");
		assertThat((String) error.get("message")).endsWith("(数据尚在同步，请稍后重试)");
		assertThat(waited).as("ms waited").isGreaterThanOrEqualTo(TestNeo4j.BOOKMARK_READY_TIMEOUT.toMillis());
		assertThat(new GraphQlClient(this.http).data("{ region(code: \"36\") { name } }")).isNotNull();

		var headers = new HttpHeaders();
		headers.add(GraphSessions.HEADER, ahead);
		var file = this.http.exchange("/export/enterprises.csv?region=3601", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
		assertThat(file.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(file.getBody()).containsEntry("code", "UNAVAILABLE");
	}

	/**
	 * On Neo4j's defaults the server waits 30 s for a bookmark, longer than a statement may take: the statement then
	 * ends in Neo4j's transaction timeout, and the answer must still be that the graph is behind (try again), not
	 * that the question was too big (measured on the embedded server with its defaults: LIMIT_EXCEEDED "narrow it
	 * down" after 30 s). Here the statement's timeout is shorter than the test server's wait.
	 */
	@Test
	void aWaitLongerThanTheStatementsTimeoutIsStillTheGraphBehind() {
		var reads = new GraphReads(TestNeo4j.driver(), new GraphSessions(), java.time.Duration.ofMillis(300), 8,
				java.time.Duration.ofSeconds(5));
		var ahead = ahead(newest().iterator().next().value(), 1_000_000);
		assertThatThrownBy(() -> reads.follow(List.of(ahead))).isInstanceOfSatisfying(ApiException.class, ex -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.UNAVAILABLE);
			assertThat(ex.getMessage()).endsWith("(数据尚在同步，请稍后重试)");
		});
	}

	/**
	 * A bookmark never reached holds its request for the server's whole wait: only so many requests wait at once,
	 * the others are told at once to try again, and a turn is given back when a wait ends, however it ends.
	 */
	@Test
	void onlySoManyRequestsWaitForBookmarksAtOnce() throws Exception {
		var reads = new GraphReads(TestNeo4j.driver(), new GraphSessions(), java.time.Duration.ofSeconds(5), 1,
				java.time.Duration.ofSeconds(5));
		var newest = newest().iterator().next().value();
		var first = java.util.concurrent.CompletableFuture.runAsync(() -> reads.follow(List.of(ahead(newest, 1_000_000))));
		Thread.sleep(300);
		assertThatThrownBy(() -> reads.follow(List.of(ahead(newest, 2_000_000))))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAVAILABLE);
				assertThat(ex.getMessage()).endsWith("(等待数据同步的请求过多，请稍后重试)");
			});
		assertThat(first).as("the first request still waits").isNotDone();
		assertThat(first).failsWithin(java.time.Duration.ofSeconds(30))
			.withThrowableThat()
			.havingCause()
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAVAILABLE));
		long before = reads.statementsRun();
		reads.follow(List.of(newest));
		assertThat(reads.statementsRun()).as("the turn is free again: the reached bookmark is asked for").isEqualTo(before + 1);
	}

	/**
	 * The bookmark with its transaction number raised: Neo4j 5's {@code FB:} bookmarks are Bolt PackStream, a list
	 * of one database's 16-byte id and last transaction number, then an empty list (a test's knowledge, not the
	 * service's: the service never looks inside a bookmark).
	 */
	private static String ahead(String bookmark, long by) {
		var bytes = java.util.Base64.getDecoder().decode(bookmark.substring("FB:".length()));
		assertThat(bytes[0] & 0xFF).as("a list of one").isEqualTo(0x91);
		assertThat(bytes[1] & 0xFF).as("bytes").isEqualTo(0xCC);
		int at = 3 + bytes[2];
		var number = java.nio.ByteBuffer.wrap(bytes, at + 1, bytes.length - at - 1);
		long transaction = switch (bytes[at] & 0xFF) {
			case 0xC8 -> number.get();
			case 0xC9 -> number.getShort();
			case 0xCA -> number.getInt();
			case 0xCB -> number.getLong();
			default -> bytes[at];
		};
		var out = java.nio.ByteBuffer.allocate(at + 9 + 1);
		out.put(bytes, 0, at).put((byte) 0xCB).putLong(transaction + by).put((byte) 0x90);
		return "FB:" + java.util.Base64.getEncoder().encodeToString(out.array());
	}

	/** The whole answer (data, errors, extensions) of a request, with a token and a ChainGraph-Bookmarks header or not. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> post(String document, String token, String bookmarks) {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			headers.setBearerAuth(token);
		}
		if (bookmarks != null) {
			headers.add(GraphSessions.HEADER, bookmarks);
		}
		return this.http.postForObject("/graphql", new HttpEntity<>(Map.of("query", document), headers), Map.class);
	}

	/** The bookmark of the newest committed transaction, read past the service (no bookmark manager). */
	private static Set<Bookmark> newest() {
		try (var session = TestNeo4j.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.executeRead(tx -> tx.run("RETURN 1").consume());
			return session.lastBookmarks();
		}
	}

	private Map<String, Object> mutate(String document) {
		return new GraphQlClient(this.http).data(document, CurationTest.EDITOR);
	}

}
