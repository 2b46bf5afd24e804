package io.chaingraph.loader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.chaingraph.loader.source.LoadException;
import io.chaingraph.testsupport.GraphFingerprint;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * --prune's guard: the weekly cron load of a folder whose enterprises.csv a sync cut short at a line end (every row
 * valid) is refused before any write, as is a table the data set loaded before that is missing or empty now;
 * {@code --prune-max 100%} confirms it, and an office's few deletions need nothing.
 */
class PruneGuardTest {

	private static final Path SMALL = Path.of("src/test/resources/datasets/small");

	@TempDir
	Path folder;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	/** The small fixture with 40 firms more (45), listed in enterprises.csv alone, as a city's list often is. */
	@BeforeEach
	void loadedBefore() throws IOException {
		TestNeo4j.clearData();
		try (var files = Files.walk(SMALL)) {
			for (var file : files.sorted(Comparator.naturalOrder()).toList()) {
				var target = this.folder.resolve(SMALL.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		var firms = new StringBuilder(Files.readString(this.folder.resolve("enterprises.csv")));
		for (int i = 1; i <= 40; i++) {
			firms.append(String.format("test-f%02d,示例·批量%02d有限公司,,,,3601,,,illustrative,%n", i, i));
		}
		Files.writeString(this.folder.resolve("enterprises.csv"), firms);
		this.loader.load(this.folder, new GraphLoader.Options(false, false));
	}

	/** enterprises.csv as a sync leaves it cut short: its header and first {@code rows} rows, ending at a line end. */
	private void truncateFirms(int rows) throws IOException {
		var lines = Files.readAllLines(this.folder.resolve("enterprises.csv"));
		Files.write(this.folder.resolve("enterprises.csv"), lines.subList(0, rows + 1));
	}

	private static long firms() {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (e:Enterprise) RETURN count(e) AS n").single().get("n").asLong();
		}
	}

	@Test
	void aTruncatedFirmsFileIsRefusedWithNothingWritten() throws IOException {
		truncateFirms(10);
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var refused = catchThrowableOfType(LoadException.class,
				() -> this.loader.load(this.folder, new GraphLoader.Options(false, true)));

		assertThat(refused.getMessage()).startsWith("--prune refused, nothing was written (清理被拒绝，未写入任何数据)")
			.contains("(10% of a type, when more than 20; all of a file missing or empty now)", "Enterprise      35 of 45 (78 %) no longer in enterprises.csv"
					+ " (将移除 35/45): 示例·批量06有限公司 (test-f06), 示例·批量07有限公司 (test-f07)",
					"load again with --prune --prune-max 100%");
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("nothing written, not even the built-in regions")
			.isEqualTo(before);
		assertThat(firms()).isEqualTo(45);
	}

	@Test
	void theCommandLineRefusesWithExitCodeOneAndPruneMaxConfirms() throws IOException {
		truncateFirms(10);
		var err = new ByteArrayOutputStream();
		var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		var errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		var dir = this.folder.toString();

		assertThat(LoaderCommand.run(new String[] { dir, "--prune" }, TestNeo4j.driver(), out, errStream))
			.isEqualTo(LoaderCommand.INVALID_INPUT);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--prune refused", "35 of 45");
		assertThat(firms()).isEqualTo(45);
		assertThat(LoaderCommand.run(new String[] { dir, "--prune-max", "100%" }, TestNeo4j.driver(), out, errStream))
			.as("--prune-max without --prune").isEqualTo(LoaderCommand.USAGE);
		assertThat(LoaderCommand.run(new String[] { dir, "--prune", "--prune-max", "lots" }, TestNeo4j.driver(), out,
				errStream)).isEqualTo(LoaderCommand.USAGE);
		assertThat(LoaderCommand.run(new String[] { dir, "--prune", "--prune-max=50%" }, TestNeo4j.driver(), out,
				errStream)).as("78 % is more than 50 %").isEqualTo(LoaderCommand.INVALID_INPUT);

		assertThat(LoaderCommand.run(new String[] { dir, "--prune", "--prune-max", "100%" }, TestNeo4j.driver(), out,
				errStream)).isEqualTo(LoaderCommand.OK);
		assertThat(firms()).as("confirmed: the 35 firms the file no longer lists are deleted").isEqualTo(10);
	}

	@Test
	void theConfirmingOptionDeletes() throws IOException {
		truncateFirms(10);

		var summary = this.loader.load(this.folder, new GraphLoader.Options(false, true, false, 1.0));

		assertThat(summary.counts().get("Enterprise").deleted()).isEqualTo(35);
		assertThat(firms()).isEqualTo(10);
	}

	@Test
	void anOfficesFewDeletionsPassWithoutTheOption() throws IOException {
		var lines = new ArrayList<>(Files.readAllLines(this.folder.resolve("enterprises.csv")));
		lines.removeIf(l -> l.startsWith("test-f03,") || l.startsWith("test-f17,") || l.startsWith("test-f40,"));
		Files.write(this.folder.resolve("enterprises.csv"), lines);

		var summary = this.loader.load(this.folder, new GraphLoader.Options(false, true));

		assertThat(summary.counts().get("Enterprise").deleted()).isEqualTo(3);
		assertThat(firms()).isEqualTo(42);
		// 20 of 42 is 48 %, yet no more than the floor: a small data set's deletions are a large share of it.
		truncateFirms(22);
		this.loader.load(this.folder, new GraphLoader.Options(false, true));
		assertThat(firms()).isEqualTo(22);
	}

	@Test
	void aTableMissingOrEmptyNowIsRefusedNamingTheFile() throws IOException {
		Files.delete(this.folder.resolve("clusters.csv"));
		var targets = this.folder.resolve("policy-targets.csv");
		Files.writeString(targets, Files.readString(targets).replace("test-cluster,", ","));
		var supplies = this.folder.resolve("supply-relations.csv");
		Files.write(supplies, List.of(Files.readAllLines(supplies).get(0)));
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var refused = catchThrowableOfType(LoadException.class,
				() -> this.loader.load(this.folder, new GraphLoader.Options(false, true)));

		assertThat(refused.getMessage()).contains("Cluster         1 of 1 (100 %): clusters.csv is missing (文件缺失)",
				"SUPPLIES_TO", ": supply-relations.csv lists none now (文件中已无数据)");
		assertThat(refused.getMessage()).as("only the types refused").doesNotContain("Enterprise ");
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
		assertThat(this.loader.load(this.folder, new GraphLoader.Options(false, true, false, 1.0))
			.counts().get("Cluster").deleted()).isEqualTo(1);
	}

	@Test
	void theDryRunShowsTheSameFiguresAndSaysTheLoadWouldBeRefused() throws IOException {
		truncateFirms(10);

		var dryRun = this.loader.load(this.folder, new GraphLoader.Options(true, true)).render();

		assertThat(dryRun).contains("WARNING (警告): the load with --prune would be refused, nothing of it written"
				+ " (正式导入时清理将被拒绝，不会写入任何数据)", "Enterprise      35 of 45 (78 %) no longer in enterprises.csv",
				"--prune-max 100%");
		assertThat(dryRun.strip().lines().toList().getLast()).as("the last line, the one a cron mail shows")
			.startsWith("Valid: ").endsWith("; the load would not go as it is: read the warning above (正式导入前请阅读上方警告)");
		var confirmed = this.loader.load(this.folder, new GraphLoader.Options(true, true, false, 1.0)).render();
		assertThat(confirmed).as("confirmed, the dry run lists the deletions without the warning")
			.doesNotContain("would be refused");
		assertThat(confirmed.strip().lines().toList().getLast()).matches("Valid: [0-9,]+ rows checked, nothing written \\(校验通过，未写入\\)");
		assertThat(firms()).isEqualTo(45);
	}

	@Test
	void theHelpSaysHowToConfirm() {
		var out = new ByteArrayOutputStream();
		var print = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(LoaderCommand.run(new String[] { "--help" }, TestNeo4j.driver(), print, print)).isEqualTo(LoaderCommand.OK);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("[--prune [--prune-max SHARE]]",
				"refused, nothing written, when it would remove more than 10% of a type", "--prune-max SHARE",
				"100% confirms any removal");
	}

}
