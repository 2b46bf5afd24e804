package io.chaingraph.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's executable jar, run as the Dockerfile runs it ({@code java -jar /app/api.jar} with docker-compose.yml's
 * NEO4J_* variables), starts and turns ready. No Docker engine runs the image in CI, and the API's own tests run on
 * a class path with the loader's libraries: the jar once lacked SnakeYAML (declared for the tests only, which hid
 * Spring Boot's own) and stopped at once on its application.yaml. Here because this module is built after the jar.
 */
class ApiImageJarTest {

	private static final Path API_TARGET = Path.of("..", "api", "target");

	@Test
	void theApiJarOfTheDockerImageStartsAgainstAnExternalNeo4j() throws Exception {
		Path jar;
		try (var files = Files.list(API_TARGET)) {
			jar = files.filter(f -> f.getFileName().toString().matches("chaingraph-api-.*-exec\\.jar")).findFirst().orElse(null);
		}
		catch (java.io.IOException ex) {
			jar = null;
		}
		Assumptions.assumeTrue(jar != null, "api/target has no exec jar: build with -pl standalone -am");
		var java = ProcessHandle.current().info().command().orElse("java");
		var log = Files.createTempFile("api-jar", ".log");
		var builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("NEO4J_URI", TestNeo4j.boltUri().toString());
		builder.environment().put("NEO4J_USERNAME", "neo4j");
		builder.environment().put("NEO4J_PASSWORD", TestNeo4j.password());
		var process = builder.start();
		try {
			var port = Pattern.compile("Tomcat started on port (\\d+)");
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			String ready = null;
			while (ready == null && process.isAlive() && System.nanoTime() < deadline) {
				var started = port.matcher(Files.readString(log));
				if (started.find()) {
					ready = readiness(Integer.parseInt(started.group(1)));
				}
				Thread.sleep(500);
			}
			assertThat(process.isAlive()).as("still running; its output:\n%s", Files.readString(log)).isTrue();
			assertThat(ready).as("readiness; its output:\n%s", Files.readString(log)).contains("\"UP\"");
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
			process.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

	/** The readiness answer once it is UP, null before. */
	private static String readiness(int port) throws InterruptedException {
		try (var http = HttpClient.newHttpClient()) {
			var body = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			return body.contains("\"UP\"") ? body : null;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
