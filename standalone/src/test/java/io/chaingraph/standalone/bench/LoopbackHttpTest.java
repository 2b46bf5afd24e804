package io.chaingraph.standalone.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's HTTP client against a real HTTP/1.1 server on loopback (the JDK's). */
class LoopbackHttpTest {

	private HttpServer server;

	private final Set<String> peers = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		// Echoes the request body in upper case: with a length, chunked, and closing the connection after it.
		this.server.createContext("/length", exchange -> answer(exchange, 200, false));
		this.server.createContext("/chunked", exchange -> answer(exchange, 201, true));
		this.server.createContext("/close", exchange -> {
			exchange.getResponseHeaders().add("Connection", "close");
			answer(exchange, 200, false);
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange, int status, boolean chunked) throws IOException {
		this.peers.add(exchange.getRemoteAddress().toString());
		var body = exchange.getRequestBody().readAllBytes();
		var echo = (exchange.getRequestMethod() + " " + new String(body, StandardCharsets.UTF_8).toUpperCase())
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, chunked ? 0 : echo.length); // 0: chunked
		exchange.getResponseBody().write(echo);
		exchange.close();
	}

	private LoopbackHttp client(String path) {
		return new LoopbackHttp("localhost", this.server.getAddress().getPort(), path);
	}

	@Test
	void readsAnswersWithALengthOnOneKeptAliveConnection() throws IOException {
		try (var http = client("/length")) {
			var first = http.post("{\"q\":\"链主 a\"}");
			var second = http.post("{\"q\":\"b\"}");
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.body()).isEqualTo("POST {\"Q\":\"链主 A\"}");
			assertThat(second.body()).isEqualTo("POST {\"Q\":\"B\"}");
		}
		assertThat(this.peers).as("both requests on one socket").hasSize(1);
	}

	@Test
	void readsChunkedAnswers() throws IOException {
		try (var http = client("/chunked")) {
			var large = "x".repeat(200_000);
			var response = http.post(large);
			assertThat(response.status()).isEqualTo(201);
			assertThat(response.body()).isEqualTo("POST " + large.toUpperCase());
			assertThat(http.post("y").body()).isEqualTo("POST Y");
		}
		assertThat(this.peers).hasSize(1);
	}

	@Test
	void opensANewConnectionAfterTheServerClosedOne() throws IOException {
		try (var http = client("/close")) {
			assertThat(http.post("a").body()).isEqualTo("POST A");
			assertThat(http.post("b").body()).isEqualTo("POST B");
		}
		assertThat(this.peers).as("Connection: close honoured").hasSize(2);
	}

}
