package io.chaingraph.api.system;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.model.schema.SchemaMigrator;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SystemEndpointsTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	GraphReads reads;

	@Test
	@SuppressWarnings("unchecked")
	void graphQlAnswersTypenameAndAbout() {
		var body = this.http.postForObject("/graphql",
				Map.of("query", "{ __typename about { version commit schemaLevel knownSchemaLevel neo4jVersion neo4jEdition } }"),
				Map.class);
		var data = (Map<String, Object>) body.get("data");
		assertThat(data).containsEntry("__typename", "Query");
		var about = (Map<String, Object>) data.get("about");
		assertThat(about.get("schemaLevel")).isEqualTo(latestMigration());
		assertThat(about.get("knownSchemaLevel")).isEqualTo(latestMigration());
		assertThat((String) about.get("neo4jVersion")).startsWith("2026.");
		assertThat(about.get("neo4jEdition")).isIn("community", "enterprise");
		assertThat(about.get("commit")).as("the commit this build was made from (git.properties)").isEqualTo(head());
	}

	/** This checkout's commit, abbreviated as the build's git.properties has it. */
	private static String head() {
		try {
			var git = new ProcessBuilder("git", "rev-parse", "--short=7", "HEAD").redirectErrorStream(true).start();
			var out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
			assertThat(git.waitFor()).as("git rev-parse: %s", out).isZero();
			return out;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void anHttpErrorBeforeGraphQlCarriesACodeAndAReadableMessage() {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		var notJson = this.http.postForEntity("/graphql", new HttpEntity<>("not json", headers),
				Map.class);
		assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map<String, Object>) notJson.getBody()).containsEntry("code", "BAD_INPUT")
			.containsEntry("path", "/graphql");
		assertThat((String) notJson.getBody().get("message")).contains("'query'").contains("请求体应为含 query 字段的 JSON");
		var noQuery = this.http.postForEntity("/graphql", Map.of("querry", "{ about { version } }"), Map.class);
		assertThat(noQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map<String, Object>) noQuery.getBody()).containsEntry("code", "BAD_INPUT");
		// A member of the wrong type is named: variables sent as a string holding JSON is a common slip.
		var encoded = this.http.postForEntity("/graphql", new HttpEntity<>("{\"query\": \"query($r: String!) { region(code: $r) "
				+ "{ name } }\", \"variables\": \"{\\\"r\\\": \\\"36\\\"}\"}", headers), Map.class);
		assertThat(encoded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) encoded.getBody().get("message")).startsWith("'variables' must be a JSON object")
			.contains("variables 应为 JSON 对象");
		var listed = this.http.postForEntity("/graphql", new HttpEntity<>("{\"query\": [\"{ about { version } }\"]}",
				headers), Map.class);
		assertThat((String) listed.getBody().get("message")).startsWith("'query' must be a string").contains("query 应为字符串");
		// Requests sent as a batch, as some clients do: said so, not "send a JSON body with a query".
		var batch = this.http.postForEntity("/graphql", new HttpEntity<>("[{\"query\": \"{ about { version } }\"},"
				+ " {\"query\": \"{ about { version } }\"}]", headers), Map.class);
		assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) batch.getBody().get("message")).startsWith("A JSON array of requests (batching) is not supported")
			.contains("不支持批量请求");
		// Apollo's automatic persisted queries send the hash alone first: the code its link reads to send the text.
		var hashOnly = this.http.postForEntity("/graphql", new HttpEntity<>("{\"extensions\": {\"persistedQuery\": "
				+ "{\"version\": 1, \"sha256Hash\": \"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38\"}}}",
				headers), Map.class);
		assertThat(hashOnly.getStatusCode()).isEqualTo(HttpStatus.OK);
		@SuppressWarnings("unchecked")
		var apq = ((List<Map<String, Object>>) hashOnly.getBody().get("errors")).getFirst();
		assertThat(((Map<String, Object>) apq.get("extensions")).get("code")).isEqualTo("PERSISTED_QUERY_NOT_SUPPORTED");
		assertThat((String) apq.get("message")).contains("不支持持久化查询");
		var withText = this.http.postForEntity("/graphql", new HttpEntity<>("{\"query\": \"{ about { version } }\", "
				+ "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"0\"}}}", headers), Map.class);
		assertThat(withText.getBody()).as("the text, when sent, runs").containsKey("data").doesNotContainKey("errors");
		var nowhere = this.http.getForEntity("/nowhere", Map.class);
		assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((Map<String, Object>) nowhere.getBody()).containsEntry("code", "NOT_FOUND");
		assertThat((String) nowhere.getBody().get("message")).contains("/graphql").contains("路径不存在");
	}

	/**
	 * An address with Chinese typed in it, unencoded, as curl sends it: Tomcat refuses it before Spring sees it, and
	 * the answer is JSON with a code and how to send it, not Tomcat's English HTML page.
	 */
	@Test
	void anAddressWithUnencodedChineseIsToldToEncodeIt() throws Exception {
		var port = Integer.parseInt(this.http.getRootUri().replaceAll(".*:", ""));
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET /export/enterprises.csv?tags=上市 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json");
			var body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			assertThat(body).isEqualTo("{\"status\":400,\"code\":\"BAD_INPUT\",\"message\":\"" + ConnectorErrorBodies.UNENCODED + "\"}");
		}
		// Encoded, the same address answers.
		assertThat(this.http.getForEntity(org.springframework.web.util.UriComponentsBuilder.fromPath("/export/enterprises.csv")
			.queryParam("tags", "上市").encode().build().toUri(), byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anAddressOverTheHeaderLimitIsALimitInWords() throws Exception {
		var port = Integer.parseInt(this.http.getRootUri().replaceAll(".*:", ""));
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET /export/enterprises.csv?tags=" + "a".repeat(10_000) + " HTTP/1.1\r\n"
					+ "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json");
			var body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			assertThat(body).isEqualTo("{\"status\":400,\"code\":\"LIMIT_EXCEEDED\",\"message\":\"" + ConnectorErrorBodies.tooLong(8192) + "\"}");
		}
		assertThat(ConnectorErrorBodies.tooLong(8192)).contains("(8 KB)").contains("上限 8 KB；");
		// The limit as configured (server.max-http-request-header-size), not a fixed 8 KB.
		assertThat(ConnectorErrorBodies.tooLong(32 * 1024)).contains("(32 KB)").contains("上限 32 KB；");
		assertThat(ConnectorErrorBodies.tooLong(10_000)).contains("(10,000 bytes)").contains("上限 10000 字节；");
	}

	@Test
	void startAppliedTheSchemaToTheConfiguredNeo4j() {
		try (var session = TestNeo4j.driver().session()) {
			var level = session.run("MATCH (m:SchemaMigration) RETURN max(m.version) AS level").single().get("level").asInt();
			assertThat(level).isEqualTo(latestMigration());
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void healthIsUpAndIncludesNeo4j() {
		var health = this.http.getForObject("/actuator/health", Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
		var components = (Map<String, Object>) health.get("components");
		assertThat((Map<String, Object>) components.get("neo4j")).containsEntry("status", "UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void readyOnceTheHeavyStatementsArePlanned() {
		// Spring Boot turns ready after the application runners; GraphReads is one and waits for its plans.
		assertThat(this.reads.plansStarted()).as("search and the traversals planned ahead").isGreaterThanOrEqualTo(5);
		assertThat(this.reads.plansPending()).as("no plan still being made once the service is ready").isZero();
		var readiness = this.http.getForObject("/actuator/health/readiness", Map.class);
		assertThat(readiness.get("status")).isEqualTo("UP");
		var liveness = this.http.getForObject("/actuator/health/liveness", Map.class);
		assertThat(liveness.get("status")).isEqualTo("UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void infoShowsVersionsAndTheMigrationLevel() {
		var info = this.http.getForObject("/actuator/info", Map.class);
		var schema = (Map<String, Object>) info.get("schema");
		assertThat(schema.get("migrationLevel")).isEqualTo(latestMigration());
		assertThat(schema.get("knownLevel")).isEqualTo(latestMigration());
		var versions = (Map<String, Object>) info.get("versions");
		assertThat(versions).containsKeys("chaingraph", "java", "springBoot", "neo4jJavaDriver", "neo4j");
		assertThat((Map<String, Object>) versions.get("neo4j")).containsEntry("name", "Neo4j Kernel");
		assertThat((Map<String, Object>) ((Map<String, Object>) info.get("git")).get("commit")).as("Spring Boot's git section")
			.containsEntry("id", head());
	}

	@Test
	void graphiqlIsServed() {
		var page = this.http.getForEntity("/graphiql?path=/graphql", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).containsIgnoringCase("graphiql");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aGetOnGraphQlIsToldToPostOrOpenGraphiQl() {
		var response = this.http.getForEntity("/graphql?query=%7Babout%7Bversion%7D%7D", Map.class);
		assertThat(response.getStatusCode().value()).isEqualTo(405);
		assertThat(response.getHeaders().getAllow()).containsExactly(HttpMethod.POST);
		assertThat((Map<String, Object>) response.getBody()).containsEntry("code", "BAD_INPUT")
			.as("Spring Boot's fields, as every other refusal has them (README)")
			.containsEntry("status", 405)
			.containsEntry("error", "Method Not Allowed")
			.containsEntry("path", "/graphql")
			.containsKey("timestamp");
		assertThat((String) response.getBody().get("message")).contains("POST", "/graphiql", "在浏览器中请打开 /graphiql");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBodyThatIsNotJsonIsToldToSendJson() {
		// curl -d without -H 'Content-Type: application/json' sends a form.
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		var form = this.http.exchange("/graphql", HttpMethod.POST,
				new HttpEntity<>("{\"query\": \"{ about { version } }\"}", headers), Map.class);
		assertThat(form.getStatusCode().value()).isEqualTo(415);
		assertThat(form.getHeaders().getFirst(HttpHeaders.ACCEPT)).isEqualTo("application/json");
		assertThat((Map<String, Object>) form.getBody()).containsEntry("code", "BAD_INPUT")
			.containsEntry("status", 415)
			.containsEntry("error", "Unsupported Media Type")
			.containsEntry("path", "/graphql")
			.containsKey("timestamp");
		assertThat((String) form.getBody().get("message")).contains("Content-Type: application/json", "请以 application/json 发送请求体");
		// What Spring for GraphQL takes still reaches it.
		headers.setContentType(MediaType.parseMediaType("application/json;charset=UTF-8"));
		var json = this.http.exchange("/graphql", HttpMethod.POST,
				new HttpEntity<>("{\"query\": \"{ about { version } }\"}", headers), Map.class);
		assertThat(json.getStatusCode().value()).isEqualTo(200);
		assertThat((Map<String, Object>) json.getBody()).containsKey("data");
	}

	@Test
	void prometheusReadsTheRequestTimers() {
		this.http.postForObject("/graphql", Map.of("query", "{ about { version } }"), Map.class);
		this.http.postForObject("/graphql", Map.of("query", "{ chian { name } }"), Map.class);
		var scrape = this.http.getForObject("/actuator/prometheus", String.class);
		assertThat(scrape).contains("# TYPE graphql_request_seconds summary", "graphql_request_seconds_count{")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/graphql\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_outcome=\"REQUEST_ERROR\"");
	}

	/**
	 * The driver's connection pool is in the scrape, by state; the driver's timers of every session, statement, record
	 * and Bolt exchange are not (work on every request for what graphql_request_seconds already says).
	 */
	@Test
	void prometheusShowsTheDriversConnectionPoolAndNotEveryStatement() {
		this.http.postForObject("/graphql", Map.of("query", "{ chains(first: 3) { totalCount } }"), Map.class);
		var scrape = this.http.getForObject("/actuator/prometheus", String.class);
		assertThat(scrape).containsPattern("db_client_connection_count\\{[^}]*state=\"used\"")
			.containsPattern("db_client_connection_count\\{[^}]*state=\"idle\"")
			.contains("db_client_connection_max{", "db_client_connection_pending_requests{",
					"db_client_connection_timeouts_total{")
			.doesNotContain("neo4j_db_client_session", "neo4j_db_client_transaction", "neo4j_db_client_result",
					"neo4j_bolt", "db_client_connection_wait_time");
	}

	private static int latestMigration() {
		return new SchemaMigrator(TestNeo4j.driver()).migrations().getLast().version();
	}

}
