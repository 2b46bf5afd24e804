package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data set as a 招商 team keeps it: edited in Excel or WPS, notes and lock files beside the data, chains in
 * folders, Chinese words. What is harmless loads as the clean fixture does; one mistake is one problem, not one more
 * for every line that mentions the record it spoiled.
 */
class SpreadsheetHabitsTest {

	@TempDir
	Path copy;

	@Test
	void aFirmWhoseRowHasAProblemIsNotAlsoReportedAsUnknownWhereverItIsNamed() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		// test-a is named in enterprise-segments, enterprise-products, supply-relations and designations.
		replace("enterprises.csv", "test-a,示例·甲铜业有限公司,甲铜业;甲公司,,,3601,链主;上市,1979,",
				"test-a,示例·甲铜业有限公司,甲铜业;甲公司,,,3601,链主;上市,1979年,");

		assertThat(problemsOfBothReaders()).containsExactly(
				"enterprises.csv:2 字段 founded: expected a whole number from 1800 to 2100, found '1979年'");
	}

	@Test
	void aChainWhoseFileHasAProblemIsNotAlsoReportedAsUnknownWhereverItsSegmentsAreNamed() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("chains/test-copper.yaml", "position: MIDSTREAM", "position: 中间");

		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("chains/test-copper.yaml:")
			.contains("字段 position: expected one of UPSTREAM (上游), MIDSTREAM (中游), DOWNSTREAM (下游), found '中间'");
	}

	@Test
	void aFileWithoutItsKeyColumnIsReportedOnceNotOnceForEveryReferenceToIt() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "id,name,", "企业ID,name,");

		assertThat(problemsOfBothReaders()).isNotEmpty()
			.allSatisfy(p -> assertThat(p).startsWith("enterprises.csv:1 字段 "))
			.noneSatisfy(p -> assertThat(p).contains("neither this data set nor the graph has"));
	}

	@Test
	void notesLockFilesChainFoldersChineseWordsAndEmptyRowsLoadAsTheCleanFixtureDoes() throws IOException {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var clean = GraphFingerprint.of(TestNeo4j.driver());

		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Files.writeString(this.copy.resolve("README.md"), "# 我们的数据\n");
		Files.writeString(this.copy.resolve("_enterprises-old.csv"), "id\nold\n");
		Files.writeString(this.copy.resolve("备注.xlsx"), "PK");
		Files.writeString(this.copy.resolve("~$enterprises.xlsx"), "lock"); // Excel's lock file while it is open
		Files.createDirectories(this.copy.resolve("chains/jiangsu"));
		Files.move(this.copy.resolve("chains/test-electronics.yaml"), this.copy.resolve("chains/jiangsu/test-electronics.yaml"));
		replace("chains/test-copper.yaml", "position: UPSTREAM", "position: 上游");
		replace("chains/test-copper.yaml", "kind: MATERIAL", "kind: 材料");
		Files.writeString(this.copy.resolve("enterprises.csv"), ",,,,,,,,,\r\n,,,,,,,,,\r\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		replace("enterprise-segments.csv", "test-a,test-copper/ore,,illustrative,", "test-a,test-copper/ore,,illustrative,,,");

		assertThat(problemsOfBothReaders()).isEmpty();
		var second = new GraphLoader(TestNeo4j.driver()).load(this.copy, new GraphLoader.Options(false, false));
		second.counts().forEach((type, counts) -> {
			assertThat(counts.created()).as("%s created", type).isZero();
			assertThat(counts.updated()).as("%s updated", type).isZero();
		});
		// The same graph; only the (:DataSet) record notes a load of different bytes (its checksum, its time).
		assertThat(withoutDataSetRecords(GraphFingerprint.of(TestNeo4j.driver()))).isEqualTo(withoutDataSetRecords(clean));
	}

	private static String withoutDataSetRecords(String fingerprint) {
		return fingerprint.lines().filter(line -> !line.startsWith("[DataSet]")).collect(java.util.stream.Collectors.joining("\n"));
	}

	/** The problems of the in-memory reader, after checking that the streaming reader reports the same. */
	private List<String> problemsOfBothReaders() {
		var regions = RegionReference.shipped();
		var inMemory = problems(() -> DataSet.read(this.copy, regions, (space, keys) -> Set.of()));
		var streamed = problems(() -> StreamingDataSet.read(this.copy, regions, new GraphRows()));
		assertThat(streamed).containsExactlyInAnyOrderElementsOf(inMemory);
		return inMemory;
	}

	private static List<String> problems(Runnable read) {
		try {
			read.run();
			return List.of();
		}
		catch (LoadException ex) {
			return ex.problems().stream().map(LoadProblem::toString).toList();
		}
	}

	/** Replaces the first occurrence of the text in the file. */
	private void replace(String file, String text, String by) throws IOException {
		var path = this.copy.resolve(file);
		var content = Files.readString(path);
		assertThat(content).contains(text);
		Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(by)));
	}

}
