package io.chaingraph.api.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.zip.GZIPInputStream;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that asks for gzip gets it for GraphiQL's scripts, GraphQL answers and CSV downloads, with the same
 * content once unpacked; a client that does not ask gets the answer as before.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class CompressionTest {

	// java.net.http neither asks for nor unpacks gzip by itself, so the test sees the bytes on the wire.
	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	TestRestTemplate http;

	private HttpResponse<byte[]> send(HttpRequest.Builder request, boolean gzip) throws Exception {
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String unpacked(HttpResponse<byte[]> response) throws IOException {
		if (!"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(null))) {
			return new String(response.body(), StandardCharsets.UTF_8);
		}
		try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void whatIsAskedForGzipComesGzippedAndUnpacksToTheSameAnswer() throws Exception {
		var root = this.http.getRootUri();
		var chainMap = "{\"query\": \"{ chains { nodes { name segments { name enterprises(first: 20) { nodes { name } } } } } }\"}";
		var requests = new LinkedHashMap<String, java.util.function.Supplier<HttpRequest.Builder>>();
		requests.put("GraphiQL's script", () -> HttpRequest.newBuilder(URI.create(root + "/webjars/graphiql/graphiql.min.js")));
		requests.put("a chain map", () -> HttpRequest.newBuilder(URI.create(root + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(chainMap)));
		requests.put("the firm list as CSV", () -> HttpRequest.newBuilder(URI.create(root + "/export/enterprises.csv")));
		for (var entry : requests.entrySet()) {
			var plain = send(entry.getValue().get(), false);
			var zipped = send(entry.getValue().get(), true);
			assertThat(plain.statusCode()).as(entry.getKey()).isEqualTo(200);
			assertThat(unpacked(plain)).as(entry.getKey()).doesNotStartWith("{\"errors\"");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(entry.getKey() + " unasked").isEmpty();
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(entry.getKey()).hasValue("gzip");
			assertThat(zipped.body().length).as(entry.getKey() + " on the wire").isLessThan(plain.body().length / 2);
			assertThat(unpacked(zipped)).as(entry.getKey() + " unpacked").isEqualTo(unpacked(plain));
		}
	}

}
