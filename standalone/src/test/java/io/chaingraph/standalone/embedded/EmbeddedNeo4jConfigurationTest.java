package io.chaingraph.standalone.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.chaingraph.api.system.StartProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jConfigurationTest {

	/**
	 * A store a first load left unfinished (FirstLoadStoppedTest) holds the graph without its schema or data set
	 * record: {@code serve} says so and what finishes it, and starts no server on it.
	 */
	@Test
	void serveRefusesAStoreThatHoldsAnUnfinishedFirstLoad(@TempDir Path store) throws IOException {
		Files.writeString(store.resolve("first-load-unfinished"), "/data/江西 招商\n2026-11-26 08:00:00\n");

		assertThatThrownBy(() -> new EmbeddedNeo4jConfiguration()
			.embeddedNeo4j(new EmbeddedNeo4jProperties(true, store, "localhost:0", "64m", null, Duration.ofMinutes(5))))
			.isInstanceOf(StartProblem.class)
			.hasMessage("The store " + store.toAbsolutePath() + " holds a first load that did not finish (首次导入未完成):"
					+ " the bulk import of /data/江西 招商 started 2026-11-26 08:00:00 (北京时间) was stopped after the"
					+ " import, before its schema and its data set record were written.")
			.satisfies(ex -> assertThat(((StartProblem) ex).action()).isEqualTo("Run ./chaingraph load '/data/江西 招商'"
					+ " --bulk to load it again from the start (请重新运行该导入命令), or remove the folder "
					+ store.toAbsolutePath() + " to start from an empty graph."));
		assertThat(store.resolve("neo4j-password")).as("no server started on it").doesNotExist();
	}

}
