package io.chaingraph.loader.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvSourceTest {

	private static CsvSource csv(byte[] bytes) {
		return new CsvSource("firms.csv", new ByteArrayInputStream(bytes));
	}

	private static List<CsvSource.Row> rows(CsvSource source) {
		var rows = new ArrayList<CsvSource.Row>();
		source.forEach(rows::add);
		return rows;
	}

	@Test
	void readsUtf8WithQuotesLineBreaksAndLineNumbers() {
		var text = "id,name,note\n1,\"江西铜业集团有限公司\",\"a \"\"quoted\"\" word\"\n2,赣锋锂业,\"two\nlines\"\n\n3,宁德时代,\n";
		try (var source = csv(text.getBytes(StandardCharsets.UTF_8))) {
			var rows = rows(source);
			assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(rows).extracting(CsvSource.Row::line).containsExactly(2, 3, 6);
			assertThat(rows.get(0).get("note")).isEqualTo("a \"quoted\" word");
			assertThat(rows.get(1).get("note")).isEqualTo("two\nlines");
			assertThat(rows.get(2).get("note")).isNull();
		}
	}

	@Test
	void skipsRowsOfEmptyCellsAsASpreadsheetSavesThem() {
		// Excel and WPS save a row of commas for every row whose cells were cleared, often at the end of a sheet.
		var text = "id,name,note\r\n1,江西铜业,\r\n,,\r\n , ,\r\n2,赣锋锂业,x\r\n,,\r\n,,\r\n";
		try (var source = csv(text.getBytes(StandardCharsets.UTF_8))) {
			assertThat(rows(source)).extracting(CsvSource.Row::line).containsExactly(2, 5);
		}
	}

	@Test
	void aNoBreakSpaceAtEitherEndIsABlankToo() {
		// Copied from a web page: 南昌某公司 with U+00A0 after it was stored as another name.
		var text = "id,name\n1,\u00a0南昌某公司\u00a0\n2,\u202f\u3000\n3,南昌\u00a0某公司\n";
		try (var source = csv(text.getBytes(StandardCharsets.UTF_8))) {
			var rows = rows(source);
			assertThat(rows.get(0).get("name")).isEqualTo("南昌某公司");
			assertThat(rows.get(1).get("name")).isNull();
			assertThat(rows.get(2).get("name")).as("inside a name it stays").isEqualTo("南昌\u00a0某公司");
		}
	}

	@Test
	void readsUtf8WithABomAndCrLf() {
		var bytes = ("\uFEFFcode,name\r\n36,江西省\r\n").getBytes(StandardCharsets.UTF_8);
		try (var source = csv(bytes)) {
			assertThat(source.header()).containsExactly("code", "name");
			assertThat(rows(source).getFirst().get("name")).isEqualTo("江西省");
		}
	}

	@Test
	void readsGb18030FromChineseSpreadsheets() {
		var bytes = "code,name\n36,江西省\n32,江苏省\n".getBytes(Charset.forName("GBK"));
		try (var source = csv(bytes)) {
			assertThat(source.charset().name()).isEqualTo("GB18030");
			assertThat(rows(source)).extracting(r -> r.get("name")).containsExactly("江西省", "江苏省");
		}
	}

	@Test
	void refusesAnEmptyFileSayingSo() {
		assertThatThrownBy(() -> csv(new byte[0])).isInstanceOf(LoadException.class)
			.hasMessageContaining("firms.csv")
			.hasMessageContaining("空文件");
	}

	@Test
	void refusesBytesInNoKnownEncodingWithAHowTo() {
		var bytes = new byte[] { 'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, '\n' };
		assertThatThrownBy(() -> csv(bytes)).isInstanceOf(LoadException.class).hasMessageContaining("iconv");
	}

	@Test
	void reportsAnUnclosedQuoteWithItsLine() {
		// At the line the quote opens on, with its column; the end of the file is where nobody would look
		try (var source = csv("id,name\n1,\"open\n2,x\n3,y\n".getBytes(StandardCharsets.UTF_8))) {
			assertThatThrownBy(() -> rows(source)).isInstanceOf(LoadException.class)
				.hasMessageContaining("firms.csv:2 字段 name: expected a closing quote")
				.hasMessageContaining("end of the file, line 4")
				.hasMessageContaining("引号未闭合：第 2 行");
		}
	}

	@Test
	void namesMissingColumns() {
		try (var source = csv("id,nmae\n1,x\n".getBytes(StandardCharsets.UTF_8))) {
			var problems = new ArrayList<LoadProblem>();
			source.requireColumns(List.of("id", "name"), problems::add);
			assertThat(problems).singleElement().satisfies(p -> {
				assertThat(p.field()).isEqualTo("name");
				assertThat(p.toString()).contains("firms.csv:1").contains("[id, nmae]");
			});
		}
	}


	@Test
	void findsTheHeaderBelowATitleAndReadsOnFromIt() {
		var text = "江西省重点企业名单,,\n填报单位：示例,,日期：2026-11-24\n,,\nid,name,note\n1,江西铜业,\n2,赣锋锂业,x\n";
		var known = java.util.Set.of("id", "name");
		try (var source = new CsvSource("firms.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				known::contains)) {
			assertThat(source.header()).containsExactly("id", "name", "note");
			assertThat(source.headerLine()).isEqualTo(4);
			assertThat(source.titleRows()).isEqualTo(2);
			assertThat(rows(source)).extracting(CsvSource.Row::line, r -> r.get("name"))
				.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "江西铜业"), org.assertj.core.groups.Tuple.tuple(6, "赣锋锂业"));
		}
		// Without the column names, or when no row names two of them, the first row with anything in it is the header
		// and the rows read while looking come next, in order.
		try (var source = csv(text.getBytes(StandardCharsets.UTF_8))) {
			assertThat(source.header()).containsExactly("江西省重点企业名单", "", "");
			assertThat(rows(source)).extracting(CsvSource.Row::line).containsExactly(2, 4, 5, 6);
		}
		try (var source = new CsvSource("firms.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				java.util.Set.of("id", "编号")::contains)) {
			assertThat(source.headerLine()).isEqualTo(1);
			assertThat(rows(source)).extracting(CsvSource.Row::line).containsExactly(2, 4, 5, 6);
		}
	}

	@Test
	void aRowAboveTheHeaderThatLooksLikeDataIsRefusedNotPassedOver() {
		var text = "江西省重点企业名单,,\n9,江西某公司,3601,x\nid,name,note\n1,江西铜业,\n";
		assertThatThrownBy(() -> new CsvSource("firms.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				java.util.Set.of("id", "name")::contains))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining("firms.csv:2: expected the header first, or only a title above it (at most 3 cells a row),"
					+ " found 4 cells above the header on line 3 (表头上方有数据行：请删除，或移到表头下方)");
	}

	@Test
	void aColumnWithoutANameIsIgnoredUntilACellUnderItHoldsSomething() {
		try (var source = csv("id,,name,\n1,,江西铜业,\n2,赣州,赣锋锂业,\n".getBytes(StandardCharsets.UTF_8))) {
			var rows = rows(source);
			assertThat(rows.get(0).fields()).containsOnlyKeys("id", "name");
			assertThat(rows.get(1).fields()).containsEntry("#nameless", "'赣州' in column 2 (B)");
		}
		assertThat(CsvSource.column(0)).isEqualTo("column 1 (A)");
		assertThat(CsvSource.column(25)).isEqualTo("column 26 (Z)");
		assertThat(CsvSource.column(26)).isEqualTo("column 27 (AA)");
		assertThat(CsvSource.column(701)).isEqualTo("column 702 (ZZ)");
		assertThat(CsvSource.column(702)).isEqualTo("column 703 (AAA)");
	}

}
