package io.chaingraph.loader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load stopped by its user (SIGTERM, as Ctrl-C and {@code docker stop} send) in the middle of writing: the real
 * loader in its own process, on the shared Neo4j. It said nothing; it says the graph is as it was, and it is.
 */
class LoadStoppedTest {

	@TempDir
	Path temp;

	@Test
	void aLoadStoppedWhileWritingSaysNothingWasWrittenAndNothingWas() throws Exception {
		TestNeo4j.clearAll();
		var data = SyntheticDataSet.write(new SyntheticDataSet.Options(20_000, 3), this.temp.resolve("data")).folder();
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				LoaderCommand.class.getName(), data.toString())
			.redirectOutput(this.temp.resolve("out.txt").toFile())
			.redirectError(this.temp.resolve("err.txt").toFile());
		builder.environment().put("NEO4J_URI", TestNeo4j.boltUri().toString());
		builder.environment().put("NEO4J_PASSWORD", TestNeo4j.password());
		var load = builder.start();
		try {
			assertThat(awaitWriting(load)).as("the load's transaction writes rows (%s)", this.temp).isTrue();
			load.destroy(); // SIGTERM
			assertThat(load.waitFor(60, TimeUnit.SECONDS)).as("the loader exits on SIGTERM").isTrue();
		}
		finally {
			load.destroyForcibly();
		}
		var said = Files.readString(this.temp.resolve("err.txt"), StandardCharsets.UTF_8);
		assertThat(said).contains("Stopped before the load finished (导入已中断): nothing of it was written",
				"Run the same command again");
		try (var session = TestNeo4j.driver().session()) {
			// the server rolls back what the closed connection left open
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (openLoadTransactions(session) > 0 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(session.run("MATCH (n) WHERE n:Enterprise OR n:DataSet RETURN count(n) AS n").single()
				.get("n").asLong()).as("no firm and no data set record written").isZero();
		}
	}

	/** Waits until the loader's transaction runs one of the load's row statements; false if it never did. */
	private static boolean awaitWriting(Process load) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		try (var session = TestNeo4j.driver().session()) {
			while (load.isAlive() && System.nanoTime() < deadline) {
				if (openLoadTransactions(session) > 0) {
					return true;
				}
				Thread.sleep(20);
			}
		}
		return false;
	}

	private static long openLoadTransactions(org.neo4j.driver.Session session) {
		// the text as a parameter: written in the statement, this statement would find itself
		return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n",
				Map.of("text", "UNWIND $rows")).single().get("n").asLong();
	}

}
