package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The streaming reader of first loads: the same rows, checksum and problems as the in-memory reader, for every file
 * type, without keeping the rows.
 */
class StreamingDataSetTest {

	@TempDir
	Path copy;

	@Test
	void handsOnTheRowsTheInMemoryReaderBuildsWithTheSameChecksum() {
		var regions = RegionReference.shipped();
		var inMemory = DataSet.read(DataSetLoadTest.SMALL, regions, (space, keys) -> Set.of());
		var received = new GraphRows();

		var streamed = StreamingDataSet.read(DataSetLoadTest.SMALL, regions, received);

		assertThat(streamed.id()).isEqualTo("small-test");
		assertThat(streamed.name()).isEqualTo("测试数据集");
		assertThat(streamed.checksum()).isEqualTo(inMemory.rows().checksum()).isEqualTo(received.checksum());
		assertThat(streamed.rows()).isEqualTo(inMemory.rows().size()).isEqualTo(received.size());
		assertThat(batches(received)).isEqualTo(batches(inMemory.rows()));
	}

	@Test
	void aChangedCellChangesTheChecksum() throws IOException {
		copyOf(DataSetLoadTest.SMALL);
		var before = StreamingDataSet.read(this.copy, RegionReference.shipped(), new GraphRows()).checksum();
		var file = this.copy.resolve("enterprise-segments.csv");
		Files.writeString(file, Files.readString(file).replace("test-a,test-copper/cathode,主营", "test-a,test-copper/cathode,配套"));

		assertThat(StreamingDataSet.read(this.copy, RegionReference.shipped(), new GraphRows()).checksum())
			.isNotEqualTo(before);
	}

	static Stream<Arguments> badInputs() {
		return Stream.of(
				arguments("duplicate enterprise id", "enterprises.csv", "test-a,示例·重复,,,,3601,,,illustrative,\n",
						"enterprises.csv:7 字段 id: expected a key used once per file (编号重复), found [test-a], already on line 2"),
				arguments("unknown region", "enterprises.csv", "test-x,示例·无,,,,369999,,,illustrative,\n",
						"未知的地区编码"),
				arguments("unknown firm in a segment", "enterprise-segments.csv", "nobody,test-copper/ore,,illustrative,\n",
						"未知的企业"),
				arguments("duplicate firm-segment pair", "enterprise-segments.csv", "test-a,test-copper/ore,配套,illustrative,\n",
						"already on line 3"),
				arguments("firm supplying itself", "supply-relations.csv", "test-c,test-c,,illustrative,\n", "企业不能供货给自身"),
				arguments("designation of an unknown firm", "designations.csv", "nobody,test-copper,36,链主,,,illustrative,\n",
						"未知的企业"),
				arguments("bad cell", "enterprises.csv", "test-y,示例·年,,,,3601,,十九,illustrative,\n",
						"a whole number from 1800 to 2100 (年份)"),
				// The bulk load creates the constraint enterprise_credit_code after the import: it would fail there
				arguments("credit code of another firm", "enterprises.csv",
						"test-x,示例·重号,,913600001583041116,,3601,,,illustrative,\n",
						"enterprises.csv:7 字段 creditCode: expected a credit code no other firm has (统一社会信用代码只能属于一家企业), "
								+ "found '913600001583041116', already the credit code of 913600001583041116 示例·戊矿业有限公司 on line 6"),
				arguments("stock code of another firm", "enterprises.csv",
						"test-x,示例·上市甲,,,600362.SH,3601,,,illustrative,\ntest-y,示例·上市乙,,,600362.SH,3601,,,illustrative,\n",
						"enterprises.csv:8 字段 stockCode: expected a stock code no other firm has (股票代码只能属于一家企业), "
								+ "found '600362.SH', already the stock code of test-x 示例·上市甲 on line 7"),
				// One mistake, one problem: a record repeated whole is a repeated key, not a repeated credit code too
				arguments("record repeated whole", "enterprises.csv",
						"913600001583041116,示例·戊矿业有限公司,,913600001583041116,,360681,,,illustrative,\n", "编号重复"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void reportsWhatTheInMemoryReaderReports(String name, String file, String appended, String expected)
			throws IOException {
		copyOf(DataSetLoadTest.SMALL);
		Files.writeString(this.copy.resolve(file), appended, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		var regions = RegionReference.shipped();

		var inMemory = problems(() -> DataSet.read(this.copy, regions, (space, keys) -> Set.of()));
		var streamed = problems(() -> StreamingDataSet.read(this.copy, regions, new GraphRows()));

		assertThat(streamed).isNotEmpty().containsExactlyInAnyOrderElementsOf(inMemory);
		assertThat(String.join("\n", streamed)).contains(expected);
	}

	@Test
	void aKeyUsedTwiceIsReportedEvenWhenTheSinkCannotTakeItTwice() throws IOException {
		copyOf(DataSetLoadTest.SMALL);
		Files.writeString(this.copy.resolve("enterprises.csv"), "test-a,示例·重复,,,,3601,,,illustrative,\n",
				StandardOpenOption.APPEND);
		var files = new io.chaingraph.loader.bulk.ImportFiles(this.copy.resolve("import"), StreamingDataSet.ONE_ROW_PER_LINK);

		try (files) {
			io.chaingraph.loader.GraphLoader.referenceRows(RegionReference.shipped(), files);
			assertThatThrownBy(() -> StreamingDataSet.read(this.copy, RegionReference.shipped(), files))
				.isInstanceOf(LoadException.class)
				.hasMessageContaining("编号重复");
		}
		assertThat(files.unresolved()).as("the second test-a row, not written").isEqualTo(1);
	}

	@Test
	void listsAThousandProblemsAndCountsTheRest() throws IOException {
		copyOf(DataSetLoadTest.SMALL);
		var rows = new StringBuilder();
		for (int i = 0; i < 1_500; i++) {
			rows.append("nobody-").append(i).append(",test-copper/ore,,illustrative,\n");
		}
		Files.writeString(this.copy.resolve("enterprise-segments.csv"), rows, StandardOpenOption.APPEND);

		assertThatThrownBy(() -> StreamingDataSet.read(this.copy, RegionReference.shipped(), new GraphRows()))
			.isInstanceOf(LoadException.class)
			.satisfies(ex -> assertThat(((LoadException) ex).problems()).hasSize(StreamingDataSet.MAX_PROBLEMS + 1))
			.hasMessageContaining("500 more problems, not listed");
	}

	/** The problems a read reports, as their messages; none when it succeeds. */
	static List<String> problems(Runnable read) {
		try {
			read.run();
			return List.of();
		}
		catch (LoadException ex) {
			return ex.problems().stream().map(LoadProblem::toString).toList();
		}
	}

	private static List<String> batches(GraphRows rows) {
		var out = new ArrayList<String>();
		for (var batch : rows.batches()) {
			out.add(batch.query() + " " + batch.rows().size());
			batch.rows().forEach(r -> out.add(new java.util.TreeMap<>(r).toString()));
		}
		return out;
	}

	private void copyOf(Path source) throws IOException {
		try (var files = Files.walk(source)) {
			for (var file : files.sorted(Comparator.naturalOrder()).toList()) {
				var target = this.copy.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
