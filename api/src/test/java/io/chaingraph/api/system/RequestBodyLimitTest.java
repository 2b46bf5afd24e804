package io.chaingraph.api.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.chaingraph.api.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body over the limit (1 MB) is refused before it is read, with its length stated, whether the client
 * declares the length or sends it in chunks; a body under the limit is answered as always.
 */
@ApiTest
class RequestBodyLimitTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	TestRestTemplate http;

	/** A GraphQL request padded with {@code size} spaces (JSON allows them). */
	private static byte[] body(int size) {
		return ("{\"query\": \"{ about { version } }\"" + " ".repeat(size) + "}").getBytes(StandardCharsets.UTF_8);
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(this.http.getRootUri() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readValue(response.body(), Map.class);
	}

	@Test
	void aBodyOfDeclaredLengthOverTheLimitIsRefusedWithItsLength() throws Exception {
		var body = body(3 * 1024 * 1024);
		var response = post(HttpRequest.BodyPublishers.ofByteArray(body));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(json(response)).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxBodySize")
			.containsEntry("value", 1024 * 1024).containsEntry("actual", body.length)
			.as("the fields of every other HTTP error").containsEntry("status", 413).containsEntry("path", "/graphql")
			.containsEntry("error", "Content Too Large").containsKey("timestamp");
		assertThat((String) json(response).get("message"))
			.isEqualTo("The request body is " + body.length + " bytes; the limit is 1 MB (请求体过大，上限 1 MB)");
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
		var body = body(3 * 1024 * 1024);
		var response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(json(response)).containsEntry("code", "LIMIT_EXCEEDED").doesNotContainKey("actual");
		assertThat((String) json(response).get("message")).contains("over 1048576 bytes", "请求体过大");
	}

	@Test
	@SuppressWarnings("unchecked")
	void bodiesUnderTheLimitAreAnsweredDeclaredOrChunked() throws Exception {
		var body = body(900 * 1024);
		for (var publisher : new HttpRequest.BodyPublisher[] { HttpRequest.BodyPublishers.ofByteArray(body),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) }) {
			var response = post(publisher);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat((Map<String, Object>) json(response).get("data")).containsKey("about");
		}
	}

}
