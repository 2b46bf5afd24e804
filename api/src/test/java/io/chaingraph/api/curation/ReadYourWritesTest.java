package io.chaingraph.api.curation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.GraphSessions;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads begin where this instance's writes ended (causal consistency through one bookmark manager): what a Neo4j
 * cluster or Aura needs so that a curator's next read, or the mutation's own nested fields, cannot come from a
 * member that has not applied the write yet. One server cannot lag, so the tests check the two halves of the chain:
 * a curation leaves its transaction's bookmark in the manager, and every read carries the manager's bookmarks.
 */
@ApiTest
class ReadYourWritesTest {

	private static final String FIRM = "read-your-writes-test-firm";

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphSessions sessions;

	@Autowired
	GraphReads reads;

	@BeforeAll
	static void demo() {
		DemoGraph.ensureLoaded();
	}

	@AfterAll
	static void restoreTheDemoGraph() {
		DemoGraph.restore();
	}

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
