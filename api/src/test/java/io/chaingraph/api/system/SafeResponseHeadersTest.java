package io.chaingraph.api.system;

import java.util.Map;

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

/** Every kind of answer carries nosniff and SAMEORIGIN: pages, GraphQL, downloads, errors, the actuator. */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class) // reads the demo data set, whichever class ran before
class SafeResponseHeadersTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void everyAnswerForbidsSniffingAndForeignFrames() {
		var html = new HttpHeaders();
		html.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml");
		var answers = Map.<String, ResponseEntity<String>>of(
				"home page", this.http.exchange("/", HttpMethod.GET, new HttpEntity<>(html), String.class),
				"graphiql", this.http.getForEntity("/graphiql", String.class),
				"graphql", this.http.postForEntity("/graphql", Map.of("query", "{ about { version } }"), String.class),
				"download", this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=36", String.class),
				// A refused download echoes what was asked: the reason for nosniff
				"refused download", this.http.getForEntity("/export/chain-gaps.csv?chain=<script>x</script>&region=36",
						String.class),
				"unknown path", this.http.getForEntity("/nowhere", String.class),
				"health", this.http.getForEntity("/actuator/health/readiness", String.class));
		answers.forEach((what, answer) -> {
			assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
			assertThat(answer.getHeaders().getFirst("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
		});
		assertThat(answers.get("download").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answers.get("refused download").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answers.get("unknown path").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
