package io.chaingraph.standalone;

import java.time.Duration;

import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The ready message's addresses for the settings a deployment may have (the running service is in the serve tests). */
class ReadyBannerTest {

	private static ReadyBanner banner(String neo4jUri, String address, String contextPath) {
		return new ReadyBanner(new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class), neo4jUri, address,
				contextPath);
	}

	@Test
	void anExternalNeo4jIsShownWithoutItsPassword() {
		var text = banner("neo4j+s://neo4j:secret@abcd1234.databases.neo4j.io", "", "").text(8080, Duration.ofSeconds(31));
		assertThat(text).contains("ChainGraph is ready in 31 s (服务已就绪)",
				"Bolt            neo4j+s://abcd1234.databases.neo4j.io   external (外部数据库)")
			.doesNotContain("secret");
		assertThat(banner("bolt://db:7687", "", "").text(8080, null)).contains("ChainGraph is ready (服务已就绪)",
				"bolt://db:7687   external");
	}

	@Test
	void theHttpAddressIsTheOneBound() {
		assertThat(banner("bolt://db:7687", "", "").text(9090, null)).contains("GraphiQL        http://localhost:9090/graphiql");
		assertThat(banner("bolt://db:7687", "0.0.0.0", "").text(8080, null)).contains("http://localhost:8080/graphql");
		assertThat(banner("bolt://db:7687", "10.0.0.5", "/chaingraph").text(8080, null))
			.contains("Neo4j Browser   http://10.0.0.5:8080/chaingraph/browser/", "Home            http://10.0.0.5:8080/chaingraph/   ");
		assertThat(banner("bolt://db:7687", "::1", "").text(8080, null)).contains("http://[::1]:8080/actuator/health");
	}

}
