package io.chaingraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers the README shows are the answers the service gives on the demo data today: every GraphQL query
 * followed by a JSON answer, every Cypher example followed by a table, every download shown. A README answer is
 * compared whole, unless an HTML comment just before it says otherwise: {@code <!-- check: part … -->} (it shows part of
 * the answer: what it shows must be there, lists in the same order), {@code <!-- check: ignore FIELD … -->} (that
 * field's values are left out of the comparison), {@code <!-- check: skip … -->} before a query (not run here, and
 * why). Mutations are left to CurationTest: they change the graph other tests read.
 */
@ApiTest
@ExtendWith(DemoGraph.Loaded.class)
class ReadmeExamplesTest {

	private static final Path README = Path.of(System.getProperty("chaingraph.repo.root", ".."), "README.md");

	private static final Pattern MARKER = Pattern.compile("<!-- check: ([^>]*)-->");

	private static final Pattern CURL_BODY = Pattern.compile("curl [^\\n]*/graphql.*?-d '(\\{.*?\\})'", Pattern.DOTALL);

	private static final Pattern DOWNLOAD = Pattern.compile("^# (/export/\\S+)", Pattern.MULTILINE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A fenced block of the README: its language, text, first line number and the marker written before it. */
	record Block(String language, String text, int line, String marker) {

		boolean part() {
			return this.marker != null && this.marker.startsWith("part");
		}

		boolean skip() {
			return this.marker != null && this.marker.startsWith("skip");
		}

		/** The field an {@code ignore FIELD} marker names, else null. */
		String ignored() {
			return this.marker != null && this.marker.startsWith("ignore ") ? this.marker.split(" ")[1] : null;
		}

	}

	@Autowired
	TestRestTemplate http;

	static List<Block> blocks() throws IOException {
		var lines = Files.readAllLines(README, StandardCharsets.UTF_8);
		var blocks = new ArrayList<Block>();
		String marker = null;
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			var m = MARKER.matcher(line);
			if (m.find()) {
				marker = m.group(1);
			}
			if (line.startsWith("```") && line.length() > 3) {
				int start = i + 1;
				var text = new StringBuilder();
				while (!lines.get(++i).equals("```")) {
					text.append(lines.get(i)).append('\n');
				}
				blocks.add(new Block(line.substring(3).trim(), text.toString(), start, marker));
				marker = null;
			}
		}
		return blocks;
	}

	@Test
	void everyGraphQlAnswerShownIsTheServicesAnswer() throws IOException {
		var blocks = blocks();
		var problems = new ArrayList<String>();
		int checked = 0;
		for (int i = 0; i + 1 < blocks.size(); i++) {
			var block = blocks.get(i);
			var answer = blocks.get(i + 1);
			String query = switch (block.language()) {
				case "graphql" -> block.text();
				case "bash" -> {
					var curl = CURL_BODY.matcher(block.text());
					yield curl.find() ? JSON.readTree(curl.group(1)).get("query").asString() : null;
				}
				default -> null;
			};
			if (query == null || !answer.language().equals("json") || query.strip().startsWith("mutation")
					|| block.skip()) {
				continue;
			}
			var actual = JSON.readTree(this.http.postForObject("/graphql", Map.of("query", query), String.class));
			compare(actual, JSON.readTree(answer.text()), "README.md:" + answer.line() + " $",
					new Mode(answer.part(), answer.ignored()), problems);
			checked++;
		}
		assertThat(problems).as("README answers that differ from the service's").isEmpty();
		// The README has at least this many query examples with answers; fewer means the parsing missed some.
		assertThat(checked).isGreaterThanOrEqualTo(22);
	}

	@Test
	void everyCypherExampleRunsAndTheTablesShownAreItsAnswers() throws IOException {
		var blocks = blocks();
		var problems = new ArrayList<String>();
		int tables = 0;
		try (var session = TestNeo4j.driver().session()) {
			for (int i = 0; i < blocks.size(); i++) {
				var block = blocks.get(i);
				if (!block.language().equals("cypher")) {
					continue;
				}
				var result = session.run(block.text()).list();
				var next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
				if (next == null || !next.language().equals("text") || !next.text().contains(" | ")) {
					continue;
				}
				var shown = next.text().lines().map(ReadmeExamplesTest::cells).toList();
				var actual = new ArrayList<List<String>>();
				if (!result.isEmpty()) {
					actual.add(result.getFirst().keys());
				}
				result.forEach(r -> actual.add(r.values().stream().map(ReadmeExamplesTest::cell).toList()));
				if (!shown.equals(actual)) {
					problems.add("README.md:" + next.line() + " shows " + shown + " but Neo4j answers " + actual);
				}
				tables++;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(tables).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theDownloadsShownAreTheFilesServed() throws IOException {
		var problems = new ArrayList<String>();
		int files = 0;
		for (var block : blocks()) {
			if (!block.language().equals("text")) {
				continue;
			}
			for (var section : block.text().split("(?m)^(?=# /export/)")) {
				var download = DOWNLOAD.matcher(section);
				if (!download.lookingAt()) {
					continue;
				}
				var bytes = this.http.getForObject(download.group(1), byte[].class);
				var served = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
				var shown = section.lines().skip(1).filter(l -> !l.isBlank()).toList();
				if (!inOrder(Arrays.asList(served), shown)) {
					problems.add("README.md:" + block.line() + " " + download.group(1) + " shows\n" + String.join("\n", shown)
							+ "\nbut the service sends\n" + String.join("\n", served));
				}
				files++;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(files).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theUrlsOfTheCurlCommandsShownAreAscii() throws IOException {
		// Tomcat refuses raw non-ASCII bytes in a request line with a bare 400 (tags=上市 did): Chinese values go
		// through --data-urlencode or percent-encoding.
		var urls = new ArrayList<String>();
		for (var block : blocks()) {
			if (block.language().equals("bash")) {
				block.text().lines().filter(l -> l.strip().startsWith("curl ")).forEach(line -> {
					for (var token : line.split("\\s+")) {
						if (token.contains("localhost:")) {
							urls.add(token.replace("'", ""));
						}
					}
				});
			}
		}
		assertThat(urls).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy(url -> assertThat(url.chars().allMatch(c -> c < 128)).as(url).isTrue());
	}

	/** Whether the shown lines are the served ones; where "…" stands, any number of served lines are left out. */
	static boolean inOrder(List<String> served, List<String> shown) {
		if (!shown.contains("…")) {
			return served.equals(shown);
		}
		int at = 0;
		boolean gap = false;
		for (var line : shown) {
			if (line.equals("…")) {
				gap = true;
				continue;
			}
			int found = served.subList(at, served.size()).indexOf(line);
			if (found < 0 || (!gap && found != 0)) {
				return false;
			}
			at += found + 1;
			gap = false;
		}
		return gap || at == served.size();
	}

	private static List<String> cells(String line) {
		return Arrays.stream(line.split("\\|")).map(String::strip).toList();
	}

	/** A value as Neo4j Browser's table shows it: strings bare, lists as {@code ["a", "b"]}, numbers as written. */
	private static String cell(Value value) {
		return value.type().name().equals("STRING") ? value.asString() : value.toString();
	}

	/** How to compare: {@code part}: the README may leave out fields and list items; {@code ignored}: a field name. */
	record Mode(boolean part, String ignored) {
	}

	/** Compares an answer with the README's, noting each difference with its path. */
	static void compare(JsonNode actual, JsonNode shown, String path, Mode mode, List<String> problems) {
		if (shown.isObject() && actual.isObject()) {
			for (var field : shown.propertyNames()) {
				if (field.equals(mode.ignored())) {
					continue;
				}
				if (!actual.has(field)) {
					problems.add(path + "." + field + ": shown but not in the answer");
				}
				else {
					compare(actual.get(field), shown.get(field), path + "." + field, mode, problems);
				}
			}
			if (!mode.part()) {
				for (var field : actual.propertyNames()) {
					if (!shown.has(field) && !field.equals(mode.ignored())) {
						problems.add(path + "." + field + ": in the answer (" + actual.get(field) + ") but not shown");
					}
				}
			}
		}
		else if (shown.isArray() && actual.isArray()) {
			if (!mode.part()) {
				if (actual.size() != shown.size()) {
					problems.add(path + ": " + shown.size() + " items shown, " + actual.size() + " in the answer: " + actual);
					return;
				}
				for (int i = 0; i < shown.size(); i++) {
					compare(actual.get(i), shown.get(i), path + "[" + i + "]", mode, problems);
				}
				return;
			}
			int at = 0;
			for (int i = 0; i < shown.size(); i++) {
				while (at < actual.size() && !matches(actual.get(at), shown.get(i), mode)) {
					at++;
				}
				if (at == actual.size()) {
					problems.add(path + "[" + i + "]: " + shown.get(i) + " not in the answer (in this order): " + actual);
					return;
				}
				at++;
			}
		}
		else if (!shown.equals(actual)) {
			problems.add(path + ": shown " + shown + ", answered " + actual);
		}
	}

	private static boolean matches(JsonNode actual, JsonNode shown, Mode mode) {
		var problems = new ArrayList<String>();
		compare(actual, shown, "", mode, problems);
		return problems.isEmpty();
	}

}
