package io.chaingraph.standalone;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.system.StartProblem;
import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code ./chaingraph serve} with no configuration: embedded Neo4j on a store folder, schema, shipped data, GraphQL,
 * Bolt for other clients, Neo4j Browser, health; and a restart on the same folder finds the same graph. This test
 * starts its own embedded server because that server is what it tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeWithEmbeddedNeo4jTest {

	@TempDir
	Path store;

	@TempDir
	Path other;

	@Test
	void servesEverythingAndKeepsTheGraphAcrossARestart(CapturedOutput output) throws Exception {
		var args = new String[] { "--chaingraph.embedded.data-dir=" + this.store,
				"--chaingraph.embedded.bolt-address=localhost:0", "--chaingraph.neo4j.pool-metrics=true",
				"--spring.neo4j.pool.max-connection-pool-size=7" };
		long regionsLoaded;
		String password;
		try (var service = RunningService.start(args)) {
			var bolt = service.context().getBean(EmbeddedNeo4j.class).boltUri();
			assertThat(bolt.getHost()).isEqualTo("localhost");
			// Where to go, once ready, as bound: the person who typed ./chaingraph serve reads it.
			assertThat(output.getOut()).contains("ChainGraph is ready", "(服务已就绪)",
					"GraphiQL        http://localhost:" + service.port() + "/graphiql",
					"Bolt            " + bolt + "   embedded")
				.doesNotContain("Failed to set up a Bean Validation provider");

			var answer = service.graphQl("{ __typename about { schemaLevel neo4jEdition } }");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("\"__typename\":\"Query\"").contains("\"neo4jEdition\":\"community\"");

			var embedded = service.context().getBean(EmbeddedNeo4j.class);
			try (var driver = GraphDatabase.driver(bolt, embedded.authToken()); var session = driver.session()) {
				assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
				regionsLoaded = session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong();
				session.run("CREATE (:RestartMarker {at: datetime()})").consume();
				// One server is never behind itself: a bookmark it has not reached must not hold a request for 30 s.
				assertThat(session.run("SHOW SETTINGS $name YIELD value",
						java.util.Map.of("name", "db.transaction.bookmark_ready_timeout")).single().get("value").asString())
					.isEqualTo(EmbeddedNeo4j.BOOKMARK_READY_TIMEOUT.toSeconds() + "s");
				// What Neo4j Browser asks before it decides to send usage data to Neo4j's analytics service.
				assertThat(session.run("CALL dbms.clientConfig() YIELD name, value WHERE name = 'client.allow_telemetry' "
						+ "RETURN value").single().get("value").asString()).isEqualTo("false");
			}
			assertThat(regionsLoaded).as("shipped data loaded into the empty graph").isGreaterThan(3000);
			password = embedded.password();
			nobodyWithoutThePasswordGetsIn(bolt, embedded, output);

			var browser = service.get("/browser/");
			assertThat(browser.statusCode()).isEqualTo(302);
			var location = browser.headers().firstValue("Location").orElseThrow();
			assertThat(location).contains("dbms=bolt://neo4j@localhost:" + bolt.getPort())
				.contains("preselectAuthMethod=NATIVE")
				.doesNotContain("NO_AUTH", password)
				.contains("&cmd=guide&arg=http://localhost:" + service.port() + "/browser/guides/chaingraph.html");
			var page = service.get(location);
			assertThat(page.statusCode()).isEqualTo(200);
			// Through a reverse proxy with HTTPS (here on loopback, as an nginx beside the service): an http guide
			// link from an https page is blocked by every browser.
			assertThat(service.get("/browser/", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "zs.example.gov.cn")
				.headers().firstValue("Location").orElseThrow())
				.contains("&cmd=guide&arg=https://zs.example.gov.cn/browser/guides/chaingraph.html");
			assertThat(page.body()).contains("<title>Neo4j Browser</title>");
			assertThat(service.get("/").body()).as("the home page says where Browser's password is, not what it is")
				.contains("href=\"browser/\"", "用户名为 neo4j", "neo4j-password").doesNotContain(password);
			everyQueryOfTheBrowserGuideAnswersOnTheDemoData(service, bolt);

			var health = service.get("/actuator/health");
			assertThat(health.body()).startsWith("{").contains("\"embeddedNeo4j\":{").contains("\"status\":\"UP\"");
			assertThat(health.body()).doesNotContain("DOWN");
			var scrape = service.get("/actuator/prometheus").body();
			assertThat(scrape).as("the embedded driver's pool, as Boot's would")
				.contains("db_client_connection_count{")
				.contains("state=\"idle\"");
			assertThat(scrape).as("the embedded driver takes the spring.neo4j.* settings the README lists")
				.containsPattern("(?m)^db_client_connection_max\\{[^}]*} 7\\.0$");

			aSecondServiceOnTheSameStoreOrBoltPortIsToldWhyInWords(bolt, output);

			System.out.printf("Standalone service stopped in %d ms%n", service.stop());
		}

		try (var again = RunningService.start(args)) {
			var bolt = again.context().getBean(EmbeddedNeo4j.class).boltUri();
			var embedded = again.context().getBean(EmbeddedNeo4j.class);
			assertThat(embedded.password()).as("the store keeps its password across a restart").isEqualTo(password);
			assertThat(output.getOut()).contains("password " + password);
			try (var driver = GraphDatabase.driver(bolt, embedded.authToken()); var session = driver.session()) {
				assertThat(session.run("MATCH (m:RestartMarker) RETURN count(m) AS n").single().get("n").asLong())
					.isEqualTo(1);
				assertThat(session.run("MATCH (r:Region) RETURN count(r) AS n").single().get("n").asLong())
					.as("a non-empty graph is not loaded again")
					.isEqualTo(regionsLoaded);
			}
		}
	}

	/**
	 * Bolt asks for user neo4j and the store's password, kept owner-only in the store folder and shown in the banner:
	 * no client gets in without it, over TCP or over a WebSocket from a web page of another origin (Bolt answers
	 * those, and Neo4j has no origin setting).
	 */
	private void nobodyWithoutThePasswordGetsIn(java.net.URI bolt, EmbeddedNeo4j embedded, CapturedOutput output)
			throws Exception {
		var file = this.store.toAbsolutePath().resolve("neo4j-password");
		assertThat(embedded.passwordFile()).isEqualTo(file);
		assertThat(java.nio.file.Files.readString(file).strip()).isEqualTo(embedded.password()).hasSize(20);
		assertThat(java.nio.file.Files.getPosixFilePermissions(file))
			.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		assertThat(output.getOut()).contains("Bolt            " + bolt + "   embedded, user neo4j, password "
				+ embedded.password(), "password kept in " + file);
		try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			assertThat(catchThrowable(driver::verifyConnectivity))
				.isInstanceOf(org.neo4j.driver.exceptions.SecurityException.class);
		}
		var page = "http://evil.example";
		assertThat(BoltOverWebSocket.signsIn(bolt, page, Map.of("scheme", "none"))).as("auth none").isFalse();
		assertThat(BoltOverWebSocket.signsIn(bolt, page, Map.of("scheme", "basic", "principal", "neo4j", "credentials",
				"neo4j"))).as("Neo4j's default password").isFalse();
		// The same request with the password gets in: the refusals above are the password's, not a broken handshake.
		assertThat(BoltOverWebSocket.signsIn(bolt, page, Map.of("scheme", "basic", "principal", "neo4j", "credentials",
				embedded.password()))).isTrue();
	}

	/**
	 * What a second {@code ./chaingraph serve} meets: the store open in the first, or the first's Bolt port. The
	 * start stops with Spring Boot's short report, the words and what to do, not sixty lines of bean-creation stack
	 * under "Application run failed".
	 */
	private void aSecondServiceOnTheSameStoreOrBoltPortIsToldWhyInWords(java.net.URI bolt, CapturedOutput output) {
		// On another Bolt address it waits for the store (as for a load into it), here 1 s; on the same address it
		// is told at once (StoreWaitTest).
		var sameStore = catchThrowable(() -> RunningService.start("--chaingraph.embedded.data-dir=" + this.store,
				"--chaingraph.embedded.bolt-address=localhost:0", "--chaingraph.embedded.store-wait=1s"));
		assertThat(startProblem(sameStore).getMessage()).contains(this.store.toAbsolutePath().toString(),
				"(数据目录正被另一个进程使用)");
		var samePort = catchThrowable(() -> RunningService.start("--chaingraph.embedded.data-dir=" + this.other,
				"--chaingraph.embedded.bolt-address=localhost:" + bolt.getPort()));
		assertThat(startProblem(samePort).getMessage()).contains("(Bolt 端口 " + bolt.getPort() + " 已被占用)");
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Description:",
				"(请先停止使用该目录的其他进程，或换一个数据目录)", "(请停止占用该端口的程序，或换一个 Bolt 地址)")
			.doesNotContain("Application run failed");
	}

	private static StartProblem startProblem(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartProblem problem) {
				return problem;
			}
		}
		throw new AssertionError("no StartProblem in", failure);
	}

	/** How the guide's one block that may answer nothing on a fresh graph (the curation trail) begins. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EMPTY_UNTIL_CURATED = "// 尚无人维护时结果为空";

	/**
	 * The guide Browser opens: every runnable block answers on the demo data with the parameters its first block sets
	 * ({@code :params {…}}), so that no query an analyst clicks fails or comes back empty (but the curation trail,
	 * empty until someone curates).
	 */
	private static void everyQueryOfTheBrowserGuideAnswersOnTheDemoData(RunningService service, java.net.URI bolt)
			throws Exception {
		var guide = service.get("/browser/guides/chaingraph.html");
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		var blocks = java.util.regex.Pattern.compile("<pre class=\"[^\"]*runnable[^\"]*\">(.*?)</pre>", java.util.regex.Pattern.DOTALL)
			.matcher(guide.body())
			.results()
			.map(m -> m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
			.toList();
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(10);
		assertThat(blocks.getFirst()).startsWith(":params {");
		var auth = service.context().getBean(EmbeddedNeo4j.class).authToken();
		try (var driver = GraphDatabase.driver(bolt, auth); var session = driver.session()) {
			// Browser's :params takes a Cypher map literal; Cypher itself reads it the same way.
			var parameters = session.run("RETURN " + blocks.getFirst().substring(":params ".length()) + " AS p").single()
				.get("p").asMap();
			for (var query : blocks.subList(1, blocks.size())) {
				var result = session.run(query, parameters);
				if (query.startsWith(EMPTY_UNTIL_CURATED)) {
					// The demo graph has no curation yet: the trail block must run and name its columns.
					assertThat(result.keys()).as(query).contains("操作人", "依据");
					assertThat(result.list()).as(query).isEmpty();
				}
				else {
					var rows = result.list();
					assertThat(rows).as(query).isNotEmpty();
					if (query.contains("AS 区位熵")) {
						sameQuotientsAsTheApi(service, parameters, rows);
						// and at another threshold, which the guide once wrote in as 1.5
						var lower = new java.util.HashMap<>(parameters);
						lower.put("strongFrom", 1.1);
						sameQuotientsAsTheApi(service, lower, session.run(query, lower).list());
					}
					if (query.contains("AS 覆盖率")) {
						sameOverviewAsTheApi(service, parameters, rows);
					}
				}
			}
		}
	}

	/**
	 * The guide's chain overview is the API's {@code chainGapOverview}, in its order: in 江西, 特高压设备 and 起重机 have
	 * the same coverage, 断点 and 短板, and the API puts 起重机 (js-crane) first by key where the guide, ordering ties by
	 * name, had 特高压设备 first (and ordered by the rounded 覆盖率).
	 */
	@SuppressWarnings("unchecked")
	private static void sameOverviewAsTheApi(RunningService service, Map<String, Object> parameters,
			List<org.neo4j.driver.Record> rows) throws Exception {
		var answer = JSON.readValue(service.graphQl("{ chainGapOverview(region: \"" + parameters.get("region")
				+ "\", weakBelow: " + parameters.get("weakBelow")
				+ ") { chains { chain { name } summary { segments missing weak } } } }").body(), Map.class);
		var api = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) answer.get("data"))
			.get("chainGapOverview")).get("chains")).stream().map(row -> {
				var summary = (Map<String, Object>) row.get("summary");
				return ((Map<String, Object>) row.get("chain")).get("name") + " " + summary.get("segments") + " "
						+ summary.get("missing") + " " + summary.get("weak");
			}).toList();
		var guide = rows.stream().map(row -> row.get("产业链").asString() + " " + row.get("环节数").asInt() + " "
				+ row.get("断点").asInt() + " " + row.get("短板").asInt()).toList();
		assertThat(guide).isEqualTo(api);
	}

	/** The guide's 区位熵 and 长板 are the API's, row by row, for the guide's chain and region. */
	@SuppressWarnings("unchecked")
	private static void sameQuotientsAsTheApi(RunningService service, Map<String, Object> parameters,
			List<org.neo4j.driver.Record> rows) throws Exception {
		var answer = JSON.readValue(service.graphQl("{ chainGaps(chain: \"" + parameters.get("chain") + "\", region: \""
				+ parameters.get("region") + "\", weakBelow: " + parameters.get("weakBelow") + ", strongFrom: "
				+ parameters.get("strongFrom") + ") { segments { segment { name } locationQuotient strong } } }").body(),
				Map.class);
		var api = new java.util.TreeMap<String, String>();
		((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) answer.get("data")).get("chainGaps"))
			.get("segments")).forEach(row -> api.put((String) ((Map<String, Object>) row.get("segment")).get("name"),
					row.get("locationQuotient") + " " + row.get("strong")));
		var guide = new java.util.TreeMap<String, String>();
		rows.forEach(row -> guide.put(row.get("环节").asString(), (row.get("区位熵").isNull() ? null
				: row.get("区位熵").asDouble()) + " " + row.get("长板").asString().equals("长板")));
		assertThat(guide).isEqualTo(api);
		assertThat(api.values()).as("quotients above and below 1").anyMatch(v -> v.startsWith("1.") || v.startsWith("2."))
			.anyMatch(v -> v.startsWith("0."));
	}

}
