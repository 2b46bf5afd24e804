package io.chaingraph.api.access;

import java.util.List;
import java.util.Set;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.export.ExportController;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A download is a query: a wrong token is refused as it is on {@code /graphql}, and where queries need a token
 * (chaingraph.security.queries-require-token) the downloads need one too.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class ReadAccessTest {

	private static final String GAPS = "/export/chain-gaps.csv?chain=jx-nonferrous&region=36";

	@Autowired
	TestRestTemplate http;

	private org.springframework.http.ResponseEntity<String> download(String authorization) {
		var headers = new HttpHeaders();
		if (authorization != null) {
			headers.set(HttpHeaders.AUTHORIZATION, authorization);
		}
		return this.http.exchange(GAPS, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	@Test
	void aDownloadWithAWrongTokenIsRefusedAndWithARightOneAnswered() {
		var wrong = download("Bearer not-a-token-of-this-deployment");
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(wrong.getBody()).contains("\"code\":\"UNAUTHENTICATED\"", "API 令牌无效");
		assertThat(download("Bearer curation-test-reader-token").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download(null).getStatusCode()).isEqualTo(HttpStatus.OK); // queries are open in this deployment
	}

	@Test
	void whereQueriesNeedATokenSoDoTheDownloads() {
		var reader = new AccessProperties.Token("reader", null, "a-long-enough-reader-token", Set.of(Role.READER));
		var closed = new ApiTokens(new AccessProperties(List.of(reader), true, List.of()));
		// no queries behind it: the token is checked before anything is asked of the graph
		var export = new ExportController(null, null, null, null, null, closed, null, null, null, null, null);
		assertThatThrownBy(() -> export.chainGaps("csv", "jx-nonferrous", "36", null, 3, null, null, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
				assertThat(ex.getMessage()).contains("本部署的查询也需要 API 令牌");
			});
		assertThatThrownBy(() -> export.supplementTargets("xlsx", "jx-nonferrous", "36", null, null, null, null, 20, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> export.chainGapOverview("xlsx", "36", null, true, null, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> export.compareRegions("csv", "jx-nonferrous", List.of("36", "32"), "Bearer wrong"))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> export.enterprises("csv", "36", null, null, null, null, null, null, "NAME", 100, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThatThrownBy(() -> export.auditTrail("xlsx", null, null, "2026-07-01", null, null, 1000, null))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		assertThat(closed.reader("Bearer a-long-enough-reader-token")).isEqualTo(new Caller("reader", Set.of(Role.READER)));
	}

}
