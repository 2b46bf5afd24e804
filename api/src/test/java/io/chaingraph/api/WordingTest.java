package io.chaingraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a 招商 reader reads, the way the glossary decided: 编号 for an entity's key (never 主键 or 业务主键), ？ in
 * Chinese text, 环节、产品 or 记录 rather than 节点, and the demo's own Chinese prose in full-width punctuation. Over
 * every text a user reads: the READMEs, FORMATS.md, the schema, the home page, the Browser guide, and the messages
 * and download headers in the code.
 */
class WordingTest {

	private static final Path ROOT = Path.of(System.getProperty("chaingraph.repo.root", ".."));

	/** A half-width ? after Chinese words inside a bracket: the Chinese half of a message. */
	private static final Pattern CHINESE_QUESTION = Pattern.compile("[（(][^()（）\\n]*\\p{IsHan}[^()（）\\n]*\\?[)）]");

	/** Half-width punctuation in Chinese prose; code spans, links and the seed's own 集團(tuán) are not prose. */
	private static final Pattern HALF_WIDTH = Pattern.compile("[,;:()\"]");

	private static final Pattern NOT_PROSE = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)|集團\\(tuán\\)");

	@Test
	void keysAreCalled编号() {
		assertThat(problems(Pattern.compile("主键"))).isEmpty();
	}

	@Test
	void chineseQuestionsEndIn全角问号() {
		assertThat(problems(CHINESE_QUESTION)).isEmpty();
	}

	@Test
	void segmentsProductsAndRowsAreNotCalled节点() {
		assertThat(problems(Pattern.compile("节点"))).isEmpty();
	}

	@Test
	void theDemosChineseProseUsesFullWidthPunctuation() throws IOException {
		var found = new ArrayList<String>();
		var demo = ROOT.resolve("loader/src/main/resources/demo");
		var yamls = new ArrayList<Path>(List.of(demo.resolve("dataset.yaml")));
		try (var chains = Files.list(demo.resolve("chains"))) {
			chains.sorted().forEach(yamls::add);
		}
		for (var file : yamls) {
			var lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				var line = lines.get(i).strip();
				if (line.startsWith("description:")
						&& HALF_WIDTH.matcher(line.substring("description:".length())).find()) {
					found.add(ROOT.relativize(file) + ":" + (i + 1) + " " + line);
				}
			}
		}
		var readme = Files.readAllLines(demo.resolve("README.md"));
		boolean chinese = false;
		for (int i = 0; i < readme.size(); i++) {
			var line = readme.get(i);
			chinese |= line.startsWith("# ChainGraph 演示数据");
			if (chinese && !line.matches("[|\\s-]*") && HALF_WIDTH.matcher(NOT_PROSE.matcher(line).replaceAll("")).find()) {
				found.add("demo/README.md:" + (i + 1) + " " + line);
			}
		}
		assertThat(chinese).as("the demo README's Chinese part").isTrue();
		assertThat(found).isEmpty();
	}

	/** Every line of a user-read text where the pattern occurs, as file:line text. */
	private static List<String> problems(Pattern pattern) {
		var found = new ArrayList<String>();
		for (var file : texts()) {
			List<String> lines;
			try {
				lines = Files.readAllLines(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			for (int i = 0; i < lines.size(); i++) {
				if (pattern.matcher(lines.get(i)).find()) {
					found.add(ROOT.relativize(file) + ":" + (i + 1) + " " + lines.get(i).strip());
				}
			}
		}
		return found;
	}

	private static List<Path> texts() {
		var files = new ArrayList<Path>(List.of(ROOT.resolve("README.md"), ROOT.resolve("loader/FORMATS.md"),
				ROOT.resolve("loader/src/main/resources/demo/README.md")));
		for (var folder : List.of("api/src/main", "loader/src/main/java", "standalone/src/main", "graph-model/src/main/java")) {
			try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
				walk.filter(Files::isRegularFile)
					.filter(f -> f.toString().matches(".*\\.(java|graphqls|graphql|html|properties|yaml)"))
					.sorted()
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		assertThat(files).as("the texts checked").hasSizeGreaterThan(100);
		return files;
	}

}
