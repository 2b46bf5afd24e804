package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A firm's region as a data set gives it: not a cooperation area (no firm is located in one; the curation API refuses
 * it with the same words), whether the data set defines the area or the graph has it from another data set; and a
 * code in GB/T 2260's padded form (360100 for 3601), which the API reads but a data set keeps as the graph codes it,
 * refused with the code to write.
 */
class FirmRegionTest {

	@TempDir
	Path copy;

	@Test
	void aFirmInACooperationAreaOfTheDataSetIsRefusedWithItsMembers() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", ",,,320505,", ",,,CA-TST,");
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.csv:4 字段 regionCode: expected a region a firm"
				+ " can be located in: GB/T 2260 or a zone, not a cooperation area (企业所在地区须为行政区划或开发区，不能是区域合作区),"
				+ " found '测试合作区' (CA-TST) is a cooperation area: firms are located in its member regions, give the code"
				+ " of the one the firm is in: 江西省 (36), 江苏省 (32) (区域合作区不直接包含企业，请填写企业所在成员地区的代码：江西省、江苏省)");
	}

	@Test
	void aFirmInACooperationAreaTheGraphHasFromAnotherDataSetIsRefusedToo() throws IOException {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		Files.writeString(this.copy.resolve("dataset.yaml"), "format: chaingraph/v1\nid: more-firms\nname: 更多企业\n");
		Files.writeString(this.copy.resolve("enterprises.csv"), """
				id,name,regionCode,source
				more-a,示例·己有限公司,3601,illustrative
				more-b,示例·庚有限公司,CA-TST,illustrative
				""");
		var problems = StreamingDataSetTest.problems(
				() -> new GraphLoader(TestNeo4j.driver()).load(this.copy, new GraphLoader.Options(true, false)));
		assertThat(problems).containsExactly("enterprises.csv:3 字段 regionCode: expected a region a firm can be located"
				+ " in: GB/T 2260 or a zone, not a cooperation area (企业所在地区须为行政区划或开发区，不能是区域合作区), found"
				+ " '测试合作区' (CA-TST) is a cooperation area: firms are located in its member regions, give the code of the"
				+ " one the firm is in: 江苏省 (32), 江西省 (36) (区域合作区不直接包含企业，请填写企业所在成员地区的代码：江苏省、江西省)");
	}

	@Test
	void aCodeInGovernmentSystemsPaddedFormIsRefusedWithTheCodeToWrite() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", ",,,3601,", ",,,360100,");
		replace("enterprises.csv", ",,,320505,", ",,,320500000000,");
		assertThat(problemsOfBothReaders()).containsExactlyInAnyOrder(
				"enterprises.csv:2 字段 regionCode: expected a region code (GB/T 2260, or a code from the regions table),"
						+ " found '360100', which neither this data set nor the graph has (未知的地区编码), GB/T 2260's"
						+ " six-digit form of 江西省南昌市, which the graph codes 3601: write 3601 (这是补零的六位区划代码，请填写 3601)",
				"enterprises.csv:4 字段 regionCode: expected a region code: GB/T 2260 (36, 3601, 360102), a zone (3601Z01)"
						+ " or a cooperation area (CA-YRD) (地区代码), found '320500000000', GB/T 2260's six-digit form of 江苏省苏州市,"
						+ " which the graph codes 3205: write 3205 (这是补零的六位区划代码，请填写 3205)");
	}

	private List<String> problemsOfBothReaders() {
		return Fixtures.problemsOfBothReaders(this.copy);
	}

	private void replace(String file, String text, String by) throws IOException {
		Fixtures.replace(this.copy, file, text, by);
	}

}
