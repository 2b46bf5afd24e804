package io.chaingraph.loader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the repository's Markdown (README, FORMATS.md, CHAINKG.md, the demo's README) leads to a file
 * that exists and, with a {@code #section}, to a heading that Markdown file has, as GitHub names its anchors: a file
 * moved or a heading reworded would otherwise leave a newcomer at a 404 or at the top of a 3,000-line page (a class
 * renamed had: Page.java). Offline, without the API's Spring context that ReadmeExamplesTest, which checked the files
 * alone, needs.
 */
class MarkdownLinksTest {

	private static final Path ROOT = Path.of(System.getProperty("chaingraph.repo.root", "..")).toAbsolutePath().normalize();

	private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[^\\n]*$");

	private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

	private static final Pattern LINK = Pattern.compile("]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

	@Test
	void everyRelativeLinkAndAnchorLeadsSomewhere() throws IOException {
		var broken = new ArrayList<String>();
		var files = markdownFiles();
		assertThat(files).contains(ROOT.resolve("README.md"), ROOT.resolve("loader/FORMATS.md"));
		for (var file : files) {
			var text = FENCE.matcher(Files.readString(file)).replaceAll("");
			var links = LINK.matcher(CODE_SPAN.matcher(text).replaceAll("code")).results().map(m -> m.group(1)).toList();
			for (var link : links) {
				if (link.matches("[a-z][a-z0-9+.-]*:.*")) {
					continue;
				}
				var hash = link.indexOf('#');
				var path = hash < 0 ? link : link.substring(0, hash);
				var target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
				var where = ROOT.relativize(file) + ": " + link;
				if (!Files.exists(target)) {
					broken.add(where + " (no such file)");
				}
				else if (hash >= 0 && target.toString().endsWith(".md") && !anchors(target).contains(link.substring(hash + 1))) {
					broken.add(where + " (no such section)");
				}
			}
		}
		assertThat(broken).as("links that lead nowhere").isEmpty();
	}

	@Test
	void anchorsAreNamedAsGitHubNamesThem() {
		assertThat(anchor("`chainGaps(chain, region, weakBelow = 3, nearest = 5, strongFrom = 1.5)`"))
			.isEqualTo("chaingapschain-region-weakbelow--3-nearest--5-strongfrom--15");
		assertThat(anchor("Curation: changing the graph through the API (数据维护)"))
			.isEqualTo("curation-changing-the-graph-through-the-api-数据维护");
	}

	/** The repository's Markdown, build output, dot folders and node_modules passed over (not walked). */
	private static List<Path> markdownFiles() throws IOException {
		var files = new ArrayList<Path>();
		Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				var name = dir.getFileName().toString();
				boolean skip = !dir.equals(ROOT) && (name.equals("target") || name.equals("node_modules") || name.startsWith("."));
				return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (file.getFileName().toString().endsWith(".md")) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}

	/** The anchors of a Markdown file's headings (outside code blocks), the second of a name with -1 as GitHub does. */
	private static Set<String> anchors(Path file) throws IOException {
		var text = FENCE.matcher(Files.readString(file)).replaceAll("");
		var anchors = new HashSet<String>();
		var seen = new HashMap<String, Integer>();
		HEADING.matcher(text).results().map(m -> anchor(m.group(1))).forEach(a -> {
			int n = seen.merge(a, 1, Integer::sum) - 1;
			anchors.add(n == 0 ? a : a + "-" + n);
		});
		return anchors;
	}

	/** GitHub's anchor: lower case, punctuation left out, each space a hyphen; Chinese kept. */
	static String anchor(String heading) {
		var out = new StringBuilder();
		heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
			if (c == ' ') {
				out.append('-');
			}
			else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
