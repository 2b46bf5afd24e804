package io.chaingraph.api.access;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of an origin named in chaingraph.security.allowed-origins (the test configuration names
 * https://zs.example.gov.cn) may call {@code /graphql} and the downloads from a browser, with a token; a page of
 * any other origin may not.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class CrossOriginTest {

	private static final String ALLOWED = "https://zs.example.gov.cn";

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<String> preflight(String path, String origin, String method) {
		var headers = new HttpHeaders();
		headers.setOrigin(origin);
		headers.setAccessControlRequestMethod(HttpMethod.valueOf(method));
		headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,authorization,chaingraph-bookmarks");
		return this.http.exchange(path, HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
	}

	@Test
	void theNamedPageMayPostQueriesWithAToken() {
		var preflight = preflight("/graphql", ALLOWED, "POST");
		assertThat(preflight.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isEqualTo(ALLOWED);
		assertThat(preflight.getHeaders().getAccessControlAllowHeaders()).map(String::toLowerCase)
			.contains("content-type", "authorization", "chaingraph-bookmarks");

		var headers = new HttpHeaders();
		headers.setOrigin(ALLOWED);
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		var answer = this.http.exchange("/graphql", HttpMethod.POST,
				new HttpEntity<>("{\"query\": \"{ about { version } }\"}", headers), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isEqualTo(ALLOWED);
		assertThat(answer.getBody()).contains("\"version\"");
	}

	/** A client that names itself (Apollo) or traces its requests (OpenTelemetry) sends headers of its own. */
	@Test
	void theNamedPagesClientMaySendHeadersOfItsOwn() {
		var headers = new HttpHeaders();
		headers.setOrigin(ALLOWED);
		headers.setAccessControlRequestMethod(HttpMethod.POST);
		headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS,
				"content-type,apollographql-client-name,apollographql-client-version,traceparent,x-request-id");
		var preflight = this.http.exchange("/graphql", HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
		assertThat(preflight.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(preflight.getHeaders().getAccessControlAllowHeaders()).map(String::toLowerCase)
			.contains("apollographql-client-name", "apollographql-client-version", "traceparent", "x-request-id");
	}

	@Test
	void theNamedPageMayDownloadAndReadTheFileName() {
		assertThat(preflight("/export/chain-gaps.xlsx", ALLOWED, "GET").getStatusCode()).isEqualTo(HttpStatus.OK);
		var headers = new HttpHeaders();
		headers.setOrigin(ALLOWED);
		var download = this.http.exchange("/export/chain-gaps.csv?chain=jx-nonferrous&region=36", HttpMethod.GET,
				new HttpEntity<>(headers), byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getAccessControlAllowOrigin()).isEqualTo(ALLOWED);
		assertThat(download.getHeaders().getAccessControlExposeHeaders()).contains(HttpHeaders.CONTENT_DISPOSITION);
	}

	@Test
	void anyOtherPageIsRefused() {
		var preflight = preflight("/graphql", "https://elsewhere.example.com", "POST");
		assertThat(preflight.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isNull();
		assertThat(preflight("/export/chain-gaps.csv", "https://elsewhere.example.com", "GET").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

}
