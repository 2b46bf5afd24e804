package io.chaingraph.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./chaingraph serve --help} says how to start the service, as {@code load --help} does, and starts nothing. */
class ServeHelpTest {

	@Test
	void helpPrintsTheUsageAndStartsNoService() {
		for (var asked : new String[] { "--help", "-h" }) {
			var out = new ByteArrayOutputStream();
			var context = ChainGraph.serve(new String[] { "--server.port=0", asked },
					new PrintStream(out, true, StandardCharsets.UTF_8));
			assertThat(context).as("no service started for %s", asked).isNull();
			assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: serve")
				.contains("--server.port=", "--chaingraph.embedded.bolt-address=", "NEO4J_URI", "启动服务");
		}
	}

}
