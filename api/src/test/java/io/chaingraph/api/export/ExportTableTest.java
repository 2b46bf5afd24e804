package io.chaingraph.api.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTableTest {

	@Test
	void aTextCellThatStartsLikeAFormulaIsKeptAsText() {
		var rows = List.<List<Object>>of(List.of("=HYPERLINK(\"http://x\",\"点此\")", "+86 791", "-", "@SUM(A1)"),
				Arrays.asList("江西铜业", -5, 1.5, null), List.of("\tx", "a=b", "示例·甲", "\"VR+\"行业应用"));
		var csv = new String(new ExportTable("表", List.of("甲", "乙", "丙", "丁"), rows, List.of()).csv(),
				StandardCharsets.UTF_8);
		assertThat(csv.substring(1).split("\r\n")).containsExactly("甲,乙,丙,丁",
				"\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\",'+86 791,'-,'@SUM(A1)",
				"江西铜业,-5,1.5,", "'\tx,a=b,示例·甲,\"\"\"VR+\"\"行业应用\"");
	}

}
