package io.chaingraph.api.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine on the build machines, so docker-compose.yml cannot be run in CI. This checks instead
 * that it parses and agrees with the application: image, services, ports, and the environment names the
 * application really reads.
 */
class DockerComposeFileTest {

	private static final Path ROOT = Path.of(System.getProperty("chaingraph.repo.root", ".."));

	private static Map<String, Object> compose;

	private static Map<String, Object> services;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void parse() throws IOException {
		compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
		services = (Map<String, Object>) compose.get("services");
	}

	/**
	 * The image builds from the sources the build context keeps: {@code **}{@code /target/} in .dockerignore also
	 * dropped the source package api/…/target (the 补链 code) and cypher/queries/target, and the image did not
	 * compile. Docker's rules: {@code *} and {@code ?} within one path segment, {@code **} any number of segments,
	 * a line starting with {@code #} a comment, an excluded folder excludes everything in it.
	 */
	@Test
	void theDockerBuildContextKeepsEverySourceAndDropsBuildOutput() throws IOException {
		var patterns = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(DockerComposeFileTest::dockerPattern)
			.toList();
		// Each module's sources and the Cypher files (not the stores, .git or build output, which may be large).
		var sources = new ArrayList<String>();
		try (var modules = Files.list(ROOT)) {
			for (var module : modules.filter(Files::isDirectory).toList()) {
				for (var part : List.of("src", "queries", "migrations")) {
					if (Files.isDirectory(module.resolve(part))) {
						try (var files = Files.walk(module.resolve(part))) {
							files.filter(Files::isRegularFile)
								.forEach(file -> sources.add(ROOT.relativize(file).toString().replace('\\', '/')));
						}
					}
				}
			}
		}
		assertThat(sources).as("sources found").hasSizeGreaterThan(100)
			.contains("api/src/main/java/io/chaingraph/api/target/TargetController.java", "cypher/queries/target/ranked.cypher");
		assertThat(sources).as("sources the build context leaves out").noneMatch(file -> ignored(patterns, file));
		assertThat(List.of("api/target/chaingraph-api.jar", "cypher/target/classes/x.cypher", "data/graph/neo4j.conf"))
			.as("build output and stores stay out").allMatch(file -> ignored(patterns, file));
	}

	private static boolean ignored(List<Pattern> patterns, String file) {
		// A path is left out when it or one of its folders matches.
		for (int end = file.indexOf('/'); ; end = file.indexOf('/', end + 1)) {
			var path = end < 0 ? file : file.substring(0, end);
			if (patterns.stream().anyMatch(p -> p.matcher(path).matches())) {
				return true;
			}
			if (end < 0) {
				return false;
			}
		}
	}

	private static Pattern dockerPattern(String line) {
		var glob = line.replaceAll("/+$", "").replaceFirst("^/", "");
		var regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
				regex.append(".*");
				i++;
				if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
					regex.append("/?");
					i++;
				}
			}
			else if (c == '*') {
				regex.append("[^/]*");
			}
			else if (c == '?') {
				regex.append("[^/]");
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

	@Test
	void hasNeo4jApiAndOneShotLoader() {
		assertThat(services).containsKeys("neo4j", "api", "loader");
	}

	@Test
	@SuppressWarnings("unchecked")
	void neo4jUsesThePinnedImageANamedVolumeAPasswordFromTheEnvironmentAndAHealthcheck() {
		var neo4j = (Map<String, Object>) services.get("neo4j");
		assertThat(neo4j.get("image")).isEqualTo(System.getProperty("neo4j.image"));
		assertThat((List<String>) neo4j.get("volumes")).anyMatch(v -> v.startsWith("neo4j-data:/data"));
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey("neo4j-data");
		assertThat(environment(neo4j).get("NEO4J_AUTH")).contains("${NEO4J_PASSWORD");
		assertThat((Map<String, Object>) neo4j.get("healthcheck")).containsKey("test");
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiAndLoaderSetExactlyTheNeo4jVariablesTheApplicationReads() throws IOException {
		var read = readVariables(Files.readString(ROOT.resolve("api/src/main/resources/application.yaml")));
		assertThat(read).contains("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");
		for (var name : List.of("api", "loader")) {
			var service = (Map<String, Object>) services.get(name);
			var env = environment(service);
			assertThat(env.keySet()).as(name).contains("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");
			assertThat(env.get("NEO4J_URI")).as(name).isEqualTo("bolt://neo4j:7687");
			assertThat(read).as("variables %s sets that the application reads", name)
				.containsAll(env.keySet().stream().filter(k -> k.startsWith("NEO4J_")).toList());
			var dependsOn = (Map<String, Object>) service.get("depends_on");
			assertThat((Map<String, Object>) dependsOn.get("neo4j")).containsEntry("condition", "service_healthy");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void portsMatchTheApplication() throws IOException {
		var api = (Map<String, Object>) services.get("api");
		assertThat((List<String>) api.get("ports")).anyMatch(p -> p.endsWith(":8080"));
		assertThat(Files.readString(ROOT.resolve("api/src/main/resources/application.yaml"))).contains("port: ${PORT:8080}");
		var neo4j = (Map<String, Object>) services.get("neo4j");
		assertThat((List<String>) neo4j.get("ports")).anyMatch(p -> p.endsWith(":7687"));
		// Healthy once ready (the heavy statements planned), not merely once the web server answers.
		assertThat(String.join(" ", (List<String>) ((Map<String, Object>) api.get("healthcheck")).get("test")))
			.contains("localhost:8080/actuator/health/readiness");
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiAndLoaderAreBuiltFromTheRepositoryDockerfile() {
		for (var name : List.of("api", "loader")) {
			var build = (Map<String, Object>) ((Map<String, Object>) services.get(name)).get("build");
			assertThat(build).as(name).containsEntry("context", ".");
			assertThat(ROOT.resolve((String) build.getOrDefault("dockerfile", "Dockerfile"))).exists();
		}
		var loader = (Map<String, Object>) services.get("loader");
		assertThat(loader.get("restart")).isEqualTo("no");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		var env = service.get("environment");
		if (env instanceof Map<?, ?> map) {
			return ((Map<String, Object>) map).entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
		}
		return ((List<String>) env).stream()
			.map(e -> e.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
	}

	private static List<String> readVariables(String yaml) {
		return Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(yaml).results().map(m -> m.group(1)).toList();
	}

}
