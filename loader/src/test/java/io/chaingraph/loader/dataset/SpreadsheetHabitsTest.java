package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.testsupport.TestNeo4j;
import org.dhatim.fastexcel.VisibilityState;
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
				"test-a,示例·甲铜业有限公司,甲铜业;甲公司,,,3601,链主;上市,约1979,");

		assertThat(problemsOfBothReaders()).containsExactly(
				"enterprises.csv:2 字段 founded: expected a whole number from 1800 to 2100 (年份), found '约1979'");
	}

	@Test
	void aChainWhoseFileHasAProblemIsNotAlsoReportedAsUnknownWhereverItsSegmentsAreNamed() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("chains/test-copper.yaml", "position: MIDSTREAM", "position: 中间");

		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("chains/test-copper.yaml:")
			.contains("字段 position: expected one of UPSTREAM (上游), MIDSTREAM (中游), DOWNSTREAM (下游), found '中间'");
	}

	/**
	 * A table saved under its name in a kind of file the loader does not read (Excel's 文本文件 .txt, a .tsv, a .csv
	 * that Windows saved as .csv.txt) is refused, saying what is read, and once: not again for every row naming its
	 * records. Beside the table's CSV it is refused too (which of the two is current?); a backup, enterprises.csv.bak,
	 * is the team's own.
	 */
	@Test
	void aTableSavedInAKindOfFileTheLoaderDoesNotReadIsRefusedOnce() throws IOException {
		for (var name : List.of("enterprises.txt", "enterprises.tsv", "enterprises.csv.txt", "Enterprises.TXT")) {
			Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
			Files.move(this.copy.resolve("enterprises.csv"), this.copy.resolve(name));

			assertThat(problemsOfBothReaders()).as(name).containsExactly(name + ": expected the table enterprises as"
					+ " enterprises.csv (CSV: UTF-8 or GBK, comma-separated) or enterprises.xlsx (Excel workbook), the two"
					+ " kinds of file the loader reads, found '" + name + "', a kind of file the loader does not read: in"
					+ " Excel or WPS save it as \"CSV UTF-8 (逗号分隔)\" or as an Excel workbook (.xlsx) under the table's"
					+ " name (请另存为 enterprises.csv 或 enterprises.xlsx；要留作备注请以 _ 开头命名)");
			Files.delete(this.copy.resolve(name));
		}
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Files.copy(this.copy.resolve("enterprises.csv"), this.copy.resolve("enterprises.txt"));
		assertThat(problemsOfBothReaders()).singleElement().asString().startsWith("enterprises.txt: expected the table");
		Files.move(this.copy.resolve("enterprises.txt"), this.copy.resolve("enterprises.csv.bak"));
		assertThat(problemsOfBothReaders()).isEmpty();
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
		assertTheCopyLoadsAsTheCleanFixtureDoes();
	}

	@Test
	void aListAsAnOfficeKeepsItLoadsAsTheCleanFixtureDoes() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		// A title, who filled it in and when, a blank line, then the header; rows numbered in 序号, a 备注 column, two
		// columns without a name that hold nothing, years as 1979年, a share as a percentage.
		var enterprises = this.copy.resolve("enterprises.csv");
		var lines = new java.util.ArrayList<>(Files.readAllLines(enterprises));
		for (int i = 0; i < lines.size(); i++) {
			lines.set(i, (i == 0 ? "序号," : i + ",") + lines.get(i) + (i == 0 ? ",备注,," : ",,,"));
		}
		lines.addAll(0, List.of("江西省重点企业名单（示例）,,,,,,,,,,,,,", "填报单位：示例,,,,,,,,,,日期：2026-11-24,,,", ",,,,,,,,,,,,,"));
		Files.write(enterprises, lines);
		replace("enterprises.csv", "链主;上市,1979,", "链主;上市,1979年,");
		replace("enterprise-products.csv", "test-a,阴极铜,0.6,", "test-a,阴极铜,60%,");
		replace("designations.csv", ",2021,", ",2021年,");

		var told = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
		var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Table.class);
		told.start();
		logger.addAppender(told);
		try {
			assertThat(problemsOfBothReaders()).isEmpty();
		}
		finally {
			logger.detachAppender(told);
		}
		// The titles passed over are named, once a reading: the person loading sees what was not taken as data.
		assertThat(told.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
			.filteredOn(m -> m.startsWith("enterprises.csv:"))
			.hasSize(2)
			.allMatch(m -> m.equals("enterprises.csv: 2 rows read as a title above the header on line 4 and passed over: "
					+ "'江西省重点企业名单（示例）' / '填报单位：示例 日期：2026-11-24' (表头上方的标题行已跳过)"));
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		// The same list as a workbook.
		Workbooks.fromLines(Files.readAllLines(enterprises), this.copy.resolve("enterprises.xlsx"));
		Files.delete(enterprises);
		assertThat(problemsOfBothReaders()).isEmpty();
		assertTheCopyLoadsAsTheCleanFixtureDoes();
	}

	/**
	 * A list kept in a spreadsheet ends with its total (合计 | 共 N 家), in the middle a 小计: rows without a source that
	 * could never load, passed over and named, where each was refused as a firm without id, region and source. A row
	 * with a source is a record, whatever its first cell says.
	 */
	@Test
	void aTotalRowIsPassedOverAndNamed() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		var enterprises = this.copy.resolve("enterprises.csv");
		var lines = new java.util.ArrayList<>(Files.readAllLines(enterprises));
		for (int i = 0; i < lines.size(); i++) {
			lines.set(i, (i == 0 ? "序号," : i + ",") + lines.get(i));
		}
		int firms = lines.size() - 1;
		lines.add(3, "小计,,,,,,,,,,");
		lines.add("合计,共 " + firms + " 家,,,,,,,,,");
		Files.write(enterprises, lines);

		var told = told(() -> assertThat(problemsOfBothReaders()).isEmpty());

		assertThat(told).filteredOn(m -> m.startsWith("enterprises.csv:")).hasSize(4)
			.contains("enterprises.csv:4 read as a total row and passed over: '小计' (合计行已跳过)",
					"enterprises.csv:" + lines.size() + " read as a total row and passed over: '合计' / '共 " + firms
							+ " 家' (合计行已跳过)");
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		Workbooks.fromLines(Files.readAllLines(enterprises), this.copy.resolve("enterprises.xlsx"));
		Files.delete(enterprises);
		assertThat(problemsOfBothReaders()).as("the same list as a workbook").isEmpty();

		Files.delete(this.copy.resolve("enterprises.xlsx"));
		lines.set(lines.size() - 1, String.join(",", "合计", "test-total", "共 N 家", "", "", "", "", "", "", "illustrative", ""));
		Files.write(enterprises, lines);
		assertThat(problemsOfBothReaders()).as("a row with a source is a record: here one without its region").isNotEmpty()
			.allMatch(p -> p.startsWith("enterprises.csv:" + lines.size() + " "));
	}

	@Test
	void headersWrappedInTheirCellsOrInAnotherCaseLoadAsTheCleanFixtureDoes() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		// Alt+Enter in a long header cell, a space typed in one, a full-width space, English words capitalised.
		replace("enterprises.csv", "id,name,aliases,creditCode,", "\"企业\n编号\",企业 名称,别\u3000名,\"统一社会\r\n信用代码\",");
		replace("enterprise-segments.csv", "enterpriseId,segmentId,", "EnterpriseId,SEGMENTID,");

		assertThat(problemsOfBothReaders()).isEmpty();
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		replace("enterprises.csv", "链主;上市,1979,", "链主;上市,约1979,");
		assertThat(problemsOfBothReaders()).singleElement().asString().startsWith("enterprises.csv:4 字段 founded: ");
	}

	@Test
	void codesTypedInFullWidthLoadAsTheCleanFixtureDoes() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		// An input method left in full-width mode: digits, letters, hyphen, slash, per cent; names keep theirs.
		replace("enterprises.csv", "test-a,示例·甲铜业有限公司,甲铜业;甲公司,,,3601,链主;上市,1979,",
				"ｔｅｓｔ－ａ,示例·甲铜业有限公司,甲铜业;甲公司,,,３６０１,链主；上市,１９７９,");
		replace("enterprise-segments.csv", "test-a,test-copper/cathode,", "test-a,ｔｅｓｔ－ｃｏｐｐｅｒ／ｃａｔｈｏｄｅ,");
		replace("enterprise-products.csv", "test-a,阴极铜,0.6,", "test-a,阴极铜,６０％,");

		assertThat(problemsOfBothReaders()).isEmpty();
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		// Refused for a problem of its own, the firm is still the one the other files name: one problem, not five.
		replace("enterprises.csv", ",１９７９,", ",约1979,");
		assertThat(problemsOfBothReaders()).singleElement().asString().startsWith("enterprises.csv:2 字段 founded: ");
	}

	@Test
	void aColumnWithoutANameThatHoldsSomethingOrAColumnGivenTwiceIsRefused() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "founded,source,quote", "founded,source,quote,");
		replace("enterprises.csv", "专精特新小巨人,2005,illustrative,", "专精特新小巨人,2005,illustrative,,东莞");
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.csv:5: expected a name in the header above every"
				+ " column that has values, found '东莞' in column 11 (K), whose header cell is empty"
				+ " (该列没有列名：请在表头填写列名，或删除该列)");

		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "id,name,aliases,", "id,企业名称,名称,");
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.csv:1 字段 name: expected one column for name, found"
				+ " '企业名称' in column 2 (B) and '名称' in column 3 (C) (列名重复：同一字段只能有一列，请删除或合并)");
	}

	@Test
	void aTagAsListsShortenItGetsTheTagItMayMean() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "专精特新小巨人,2005,", "小巨人,2005,");
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("enterprises.csv:5 字段 tags: expected one of [")
			.endsWith("found '小巨人', did you mean 专精特新小巨人? (您是否要找：专精特新小巨人)");
	}

	/** A list's words as a 招商 team writes them: 产业集群, 国家级, 链主企业, CHAIN_LEADER (FORMATS.md gives both). */
	@Test
	void listWordsInChineseOrAsTheFormatNamesThemLoadAsTheListsWords() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("clusters.csv", ",CLUSTER,PROVINCIAL,", ",产业集群,省级,");
		replace("designations.csv", "test-copper,36,链主,", "test-copper,36,链主企业,");
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("clusters.csv", ",CLUSTER,PROVINCIAL,", ",cluster,省级,");
		replace("designations.csv", "test-copper,36,链主,", "test-copper,36,CHAIN_LEADER,");
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("designations.csv", "test-copper,36,链主,", "test-copper,36,链主单位,");
		assertThat(problemsOfBothReaders()).containsExactly("designations.csv:2 字段 kind: expected one of 链主"
				+ " (CHAIN_LEADER/链主企业), 领航 (NAVIGATOR/领航企业), 龙头 (LEADING/龙头企业) (可填：链主、领航、龙头); did you mean"
				+ " 链主? (您是否要找：链主), found '链主单位'");
	}

	/**
	 * A list's word the office writes as the glossary does (区域合作 for a cooperation area) loads as the list's word;
	 * a word outside the list is answered in the Chinese reader's words in the Chinese half (县级: 市级、省级), not in
	 * the codes the English half names (CITY, PROVINCIAL).
	 */
	@Test
	void aListWordIsSuggestedInChineseToAChineseReader() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("regions.csv", "CA-TST,测试合作区,COOPERATION_AREA,", "CA-TST,测试合作区,区域合作,");
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("clusters.csv", ",CLUSTER,PROVINCIAL,", ",集群群,县级,");
		assertThat(problemsOfBothReaders()).containsExactly(
				"clusters.csv:2 字段 kind: expected one of CLUSTER (产业集群/集群), BASE (基地/产业基地), BELT (产业带)"
						+ " (可填：产业集群、基地、产业带); did you mean CLUSTER? (您是否要找：产业集群), found '集群群'",
				"clusters.csv:2 字段 level: expected one of NATIONAL (国家级), PROVINCIAL (省级), CITY (市级)"
						+ " (可填：国家级、省级、市级); did you mean CITY, PROVINCIAL? (您是否要找：市级、省级), found '县级'");
	}

	/** Tags separated as a sentence separates them get the separator to use, not "did you mean" the text given. */
	@Test
	void tagsSeparatedByEnumerationCommasAreToldTheSeparator() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "专精特新小巨人,2005,", "专精特新小巨人、高新技术企业,2005,");
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.endsWith("found '专精特新小巨人、高新技术企业', tags separated by ; or ；: 专精特新小巨人;高新技术企业"
					+ " (标签之间请用分号分隔：专精特新小巨人；高新技术企业)");
	}

	@Test
	void aDateWhereAYearBelongsGetsTheYearAsAHint() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("enterprises.csv", "专精特新小巨人,2005,", "专精特新小巨人,2005/3/18,");
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.csv:5 字段 founded: expected a whole number from"
				+ " 1800 to 2100 (年份), the year alone: 2005 (只填年份), found '2005/3/18'");
	}

	@Test
	void aFirmsNameWhereItsIdBelongsIsNamedAsSuch() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replace("designations.csv", "test-a,test-copper,36,", "示例·甲铜业有限公司,test-copper,36,");
		replace("supply-relations.csv", "test-a,", "甲铜业,");
		Files.writeString(this.copy.resolve("enterprise-segments.csv"), "示例·某某有限公司,test-copper/ore,,illustrative,\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);

		var expected = " (这是企业名称，请填写编号 test-a)";
		assertThat(problemsOfBothReaders()).containsExactlyInAnyOrder(
				"designations.csv:2 字段 enterpriseId: expected an enterprise id: an 18-character credit code, a stock code"
						+ " such as 600362-sh, or a slug (企业编号：统一社会信用代码、股票代码或小写字母、数字和连字符), found '示例·甲铜业有限公司', a firm's name: its id is test-a" + expected,
				"supply-relations.csv:2 字段 supplierId: expected an enterprise id: an 18-character credit code, a stock code"
						+ " such as 600362-sh, or a slug (企业编号：统一社会信用代码、股票代码或小写字母、数字和连字符), found '甲铜业', a firm's name: its id is test-a" + expected,
				"enterprise-segments.csv:8 字段 enterpriseId: expected an enterprise id: an 18-character credit code, a stock"
						+ " code such as 600362-sh, or a slug (企业编号：统一社会信用代码、股票代码或小写字母、数字和连字符), found '示例·某某有限公司'");

		// An id in the right shape that no firm has, where a firm's alias is the id.
		replace("enterprises.csv", "test-c,示例·丙电子有限公司,,", "test-c,示例·丙电子有限公司,bing,");
		replace("supply-relations.csv", "test-b,test-c,", "test-b,bing,");
		assertThat(problemsOfBothReaders()).contains("supply-relations.csv:3 字段 customerId: expected an enterprise id from"
				+ " the enterprises table, found 'bing', which neither this data set nor the graph has (未知的企业), a firm's"
				+ " name: its id is test-c (这是企业名称，请填写编号 test-c)");
	}

	@Test
	void everyColumnHasChineseHeadersThatNoOtherColumnOfItsTableUses() {
		for (var table : Tables.ALL) {
			var names = table.columns().stream().map(Column::name).toList();
			var seen = new java.util.HashMap<String, String>();
			for (var column : names) {
				assertThat(Tables.chineseHeaders(table, column)).as("%s %s", table.file(), column).isNotEmpty();
				for (var header : Tables.chineseHeaders(table, column)) {
					assertThat(names).as("%s: %s is a column's own name", table.file(), header).doesNotContain(header);
					assertThat(seen.put(header, column)).as("%s: %s for two columns", table.file(), header).isNull();
				}
			}
		}
	}

	@Test
	void formatsListsTheChineseHeadersTheLoaderReads() throws IOException {
		// The list in loader/FORMATS.md, its continued lines joined: each column with its headers as "`name` 甲 / 乙".
		var formats = Files.readString(Path.of("FORMATS.md")).replace("\n    ", " ");
		for (var table : Tables.ALL) {
			var line = formats.lines().filter(l -> l.strip().startsWith("- `" + table.file() + "`: ")).findFirst().orElseThrow();
			for (var column : table.columns()) {
				if (!column.name().equals("source") && !column.name().equals("quote")) {
					assertThat(line).as(table.file())
						.contains("`" + column.name() + "` " + String.join(" / ", Tables.chineseHeaders(table, column.name())));
				}
			}
		}
	}

	@Test
	void chineseHeadersLoadAsTheEnglishOnesDoAndProblemsNameThemAsWritten() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		for (var table : Tables.ALL) {
			var path = this.copy.resolve(table.file());
			if (Files.exists(path)) {
				var lines = Files.readAllLines(path);
				var header = java.util.Arrays.stream(lines.getFirst().split(","))
					.map(column -> Tables.chineseHeaders(table, column).getFirst())
					.collect(java.util.stream.Collectors.joining(","));
				lines.set(0, header);
				Files.write(path, lines);
			}
		}
		assertThat(Files.readString(this.copy.resolve("enterprises.csv")))
			.startsWith("企业编号,企业名称,别名,统一社会信用代码,股票代码,地区代码,标签,成立年份,来源,原文");

		assertThat(problemsOfBothReaders()).isEmpty();
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		replace("enterprises.csv", "链主;上市,1979,", "链主;上市,约1979,");
		assertThat(problemsOfBothReaders()).containsExactly(
				"enterprises.csv:2 字段 成立年份: expected a whole number from 1800 to 2100 (年份), found '约1979'");
	}

	@Test
	void tablesSavedAsExcelWorkbooksLoadAsTheirCsvFilesDo() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		for (var table : Tables.ALL) {
			var csv = this.copy.resolve(table.file());
			if (Files.exists(csv)) {
				Workbooks.fromCsv(csv, this.copy.resolve(table.sheetFile()));
				Files.delete(csv);
			}
		}

		assertThat(problemsOfBothReaders()).isEmpty();
		// The same rows for the bulk first load (the streaming reader) as from the CSV files.
		var regions = RegionReference.shipped();
		assertThat(StreamingDataSet.read(this.copy, regions, new GraphRows()).checksum())
			.isEqualTo(StreamingDataSet.read(DataSetLoadTest.SMALL, regions, new GraphRows()).checksum());
		assertTheCopyLoadsAsTheCleanFixtureDoes();
	}

	@Test
	void aProblemInAWorkbookNamesItsSheetRowAndACodeTurnedIntoANumberIsRefused() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Files.delete(this.copy.resolve("enterprises.csv"));
		var header = List.<Object>of("id", "name", "aliases", "creditCode", "stockCode", "regionCode", "tags", "founded",
				"source", "quote");
		var rows = new java.util.ArrayList<List<Object>>();
		rows.add(List.of("江西省重点企业名单（示例）")); // a title above the table, as Chinese sheets often have
		rows.add(header);
		rows.add(java.util.Arrays.asList("test-a", "示例·甲铜业有限公司", "甲铜业;甲公司", null, null, 3601L, "链主;上市", 1979L,
				"illustrative"));
		rows.add(List.of());
		rows.add(java.util.Arrays.asList("test-b", "示例·乙铜箔有限公司", null, null, null, "3601Z01", "专精特新", null, "illustrative"));
		rows.add(java.util.Arrays.asList("test-c", "示例·丙电子有限公司", null, null, null, 320505L, null, null, "illustrative"));
		rows.add(java.util.Arrays.asList("test-d", "示例·丁线缆有限公司", null, null, null, 440305L, "专精特新小巨人", 2005L,
				"illustrative"));
		// The credit code typed into a cell formatted as a number: the sheet keeps 15 digits and an exponent.
		rows.add(java.util.Arrays.asList("913600001583041116", "示例·戊矿业有限公司", null, 913600001583041116d, null, 360681L,
				null, null, "illustrative"));
		Workbooks.write(this.copy.resolve("enterprises.xlsx"), List.of(rows));

		assertThat(problemsOfBothReaders()).singleElement().asString().startsWith("enterprises.xlsx:8 字段 creditCode: ");

		rows.removeFirst();
		Workbooks.write(this.copy.resolve("enterprises.xlsx"), List.of(rows));
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("enterprises.xlsx:7 字段 creditCode: ")
			.contains("found '9.1360000158304")
			.contains("请将该列设为文本格式后重新输入");
	}

	@Test
	void dataOnAnotherSheetOrTheSameTableTwiceIsRefusedNotPassedOver() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Workbooks.fromCsv(this.copy.resolve("clusters.csv"), this.copy.resolve("clusters.xlsx"));
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.isEqualTo("clusters.xlsx: expected one file per table, CSV or Excel, found both clusters.csv and clusters.xlsx"
					+ " (同一张表只能有一个文件，请删除其一)");

		Files.delete(this.copy.resolve("clusters.csv"));
		Files.writeString(this.copy.resolve("clusters.xlsx"), "PK not a workbook");
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("clusters.xlsx: expected an Excel workbook (.xlsx), found a file that does not open as one (")
			.endsWith("; 无法读取的 Excel 文件)");

		Workbooks.write(this.copy.resolve("clusters.xlsx"), List.of(
				List.of(List.of("id", "name", "kind", "regionCodes", "source"), List.of("test-cluster", "测试铜产业集群", "CLUSTER", "36", "illustrative")),
				List.of(List.of("id", "name", "kind", "regionCodes", "source"), List.of("test-more", "测试集群二", "CLUSTER", "32", "illustrative"))));
		assertThat(problemsOfBothReaders()).anySatisfy(p -> assertThat(p).isEqualTo(
				"clusters.xlsx: expected the table on one sheet, the first visible one not named as notes: 'Sheet1'"
						+ " (只读取一个工作表：「Sheet1」), found data on the sheets [Sheet2] as well: move it to 'Sheet1' or into"
						+ " a file of its own; a sheet of notes is passed over when its name says so (说明, 填表说明, 示例, 备注 …)"
						+ " (其他工作表也有数据：请移到「Sheet1」或另存为单独的文件；说明页请以“说明”命名)"));
	}

	/**
	 * The lists behind a sheet's drop-down cells (数据有效性) kept on a hidden sheet, before the table or after it, are
	 * not what the person sees: passed over, hidden or very hidden, and named in the log.
	 */
	@Test
	void aHiddenSheetOfDropDownListsIsPassedOver() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		var enterprises = this.copy.resolve("enterprises.csv");
		var rows = Workbooks.rows(enterprises);
		Files.delete(enterprises);
		Workbooks.writeSheets(this.copy.resolve("enterprises.xlsx"), List.of(
				new Workbooks.Sheet("选项", VisibilityState.HIDDEN, List.of(List.of("专精特新"), List.of("小巨人"), List.of("上市"))),
				Workbooks.Sheet.visible("企业名单", rows),
				new Workbooks.Sheet("lists", VisibilityState.VERY_HIDDEN, List.of(List.of("3601", "南昌市")))));

		var told = told(() -> assertThat(problemsOfBothReaders()).isEmpty());
		assertThat(told).filteredOn(m -> m.startsWith("enterprises.xlsx:")).hasSize(2).allMatch(m -> m.equals(
				"enterprises.xlsx: the table read from the sheet '企业名单'; passed over: '选项' (hidden), 'lists' (hidden)"
						+ " (已跳过说明页和隐藏的工作表)"));
		assertTheCopyLoadsAsTheCleanFixtureDoes();
	}

	/**
	 * A sheet of instructions before the table (填表说明), of example rows (示例), of notes after it (说明, 备注): passed
	 * over by its name, the table read from the first visible sheet that is not notes. Data on a second sheet is refused
	 * naming the sheet read; a workbook of notes alone says so.
	 */
	@Test
	void sheetsOfInstructionsAndExamplesArePassedOverByTheirNames() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		var enterprises = this.copy.resolve("enterprises.csv");
		var rows = Workbooks.rows(enterprises);
		Files.delete(enterprises);
		var xlsx = this.copy.resolve("enterprises.xlsx");
		var instructions = Workbooks.Sheet.visible("填表说明", List.of(List.of("一、企业编号填写统一社会信用代码"),
				List.of("二、地区代码填写行政区划代码", "如 3601")));
		var example = Workbooks.Sheet.visible("示例", List.of(rows.getFirst(),
				List.of("example-1", "示例企业", "", "", "", 3601L, "上市", 2000L, "illustrative")));
		var notes = Workbooks.Sheet.visible("备注", List.of(List.of("2026年11月更新")));
		for (var name : List.of("填写说明", "使用说明", "说明", "填写示例", "样例", "_草稿", "#旧表")) {
			Workbooks.writeSheets(xlsx, List.of(instructions, example, Workbooks.Sheet.visible("企业名单", rows), notes,
					Workbooks.Sheet.visible(name, List.of(List.of("见填表说明")))));
			assertThat(problemsOfBothReaders()).as(name).isEmpty();
		}
		assertTheCopyLoadsAsTheCleanFixtureDoes();

		Workbooks.writeSheets(xlsx, List.of(instructions, Workbooks.Sheet.visible("企业名单", rows),
				Workbooks.Sheet.visible("Sheet3", List.of(List.of("test-z", "示例·己有限公司")))));
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.xlsx: expected the table on one sheet, the first"
				+ " visible one not named as notes: '企业名单' (只读取一个工作表：「企业名单」), found data on the sheets [Sheet3] as"
				+ " well: move it to '企业名单' or into a file of its own; a sheet of notes is passed over when its name says so"
				+ " (说明, 填表说明, 示例, 备注 …) (其他工作表也有数据：请移到「企业名单」或另存为单独的文件；说明页请以“说明”命名)");

		Workbooks.writeSheets(xlsx, List.of(instructions, new Workbooks.Sheet("企业名单", VisibilityState.HIDDEN, rows)));
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.xlsx: expected the table on a visible sheet whose"
				+ " name does not mark it as notes (说明, 示例, 备注 …), found only sheets passed over: '填表说明' (notes),"
				+ " '企业名单' (hidden) (没有数据工作表：可见的工作表都是说明页，请把数据放在名称不含“说明”“示例”的工作表上)");
	}

	/**
	 * A formula the workbook holds no value of (written by a program, or saved with calculation set to manual) is
	 * refused where the table reads it, naming the field and the cell: read as empty, a firm's tags would vanish and
	 * its region read as missing. A 序号 column of such formulas is the team's own, even in rows with nothing else.
	 */
	@Test
	void aFormulaWithoutAComputedValueIsRefusedNamingItsFieldAndCell() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		var enterprises = this.copy.resolve("enterprises.csv");
		var rows = new java.util.ArrayList<List<Object>>();
		for (var row : Workbooks.rows(enterprises)) {
			var numbered = new java.util.ArrayList<Object>();
			numbered.add(rows.isEmpty() ? "序号" : Workbooks.Formula.uncomputed("ROW()-1"));
			numbered.addAll(row);
			rows.add(numbered);
		}
		Files.delete(enterprises);
		// test-b's tags and test-c's region looked up in another workbook's sheet, never computed; 序号 goes on below.
		rows.get(2).set(7, Workbooks.Formula.uncomputed("VLOOKUP(B3,选项!A:B,2,FALSE)"));
		rows.get(3).set(6, Workbooks.Formula.uncomputed("选项!C4"));
		rows.add(List.of(Workbooks.Formula.uncomputed("ROW()-1")));
		var xlsx = this.copy.resolve("enterprises.xlsx");
		Workbooks.writeSheets(xlsx, List.of(Workbooks.Sheet.visible("企业名单", rows)));

		var computeIt = " without a computed value (the workbook was written by a program, or saved with calculation set to"
				+ " manual): open it in Excel or WPS and save it, then load it again (公式尚未计算出结果：请在 Excel 或 WPS 中打开并保存后再载入)";
		assertThat(problemsOfBothReaders()).containsExactly(
				"enterprises.xlsx:3 字段 tags: expected the value the cell's formula computes, found the formula"
						+ " =VLOOKUP(B3,选项!A:B,2,FALSE) in H3" + computeIt,
				"enterprises.xlsx:4 字段 regionCode: expected the value the cell's formula computes, found the formula"
						+ " =选项!C4 in G4" + computeIt);

		// A header cell that is a formula: the column's name is unknown.
		rows.subList(2, rows.size()).clear();
		rows.getFirst().set(2, Workbooks.Formula.uncomputed("\"name\""));
		Workbooks.writeSheets(xlsx, List.of(Workbooks.Sheet.visible("企业名单", rows)));
		assertThat(problemsOfBothReaders()).containsExactly("enterprises.xlsx:1: expected the columns' names in the header,"
				+ " found the formula =\"name\" in C1" + computeIt);
	}

	/** A formula with the value Excel or WPS computed and saved reads as that value; the same formula without it does not. */
	@Test
	void aFormulaReadsAsTheValueTheSpreadsheetComputed() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Files.delete(this.copy.resolve("clusters.csv"));
		var header = List.<Object>of("id", "name", "kind", "level", "scale", "regionCodes", "chainIds", "source");
		var formula = "IF(C2=\"CLUSTER\",\"3601;3606\",\"\")";
		Workbooks.writeBare(this.copy.resolve("clusters.xlsx"), List.of(header, List.of("test-cluster", "测试铜产业集群",
				"CLUSTER", "PROVINCIAL", "千亿级", new Workbooks.Formula(formula, "3601;3606"), "test-copper", "illustrative")));

		var regions = RegionReference.shipped();
		assertThat(problemsOfBothReaders()).isEmpty();
		assertThat(StreamingDataSet.read(this.copy, regions, new GraphRows()).checksum())
			.isEqualTo(StreamingDataSet.read(DataSetLoadTest.SMALL, regions, new GraphRows()).checksum());

		Workbooks.writeBare(this.copy.resolve("clusters.xlsx"), List.of(header, List.of("test-cluster", "测试铜产业集群",
				"CLUSTER", "PROVINCIAL", "千亿级", Workbooks.Formula.uncomputed(formula), "test-copper", "illustrative")));
		assertThat(problemsOfBothReaders()).singleElement().asString()
			.startsWith("clusters.xlsx:2 字段 regionCodes: expected the value the cell's formula computes, found the formula"
					+ " =IF(C2=\"CLUSTER\",\"3601;3606\",\"\") in F2 without a computed value");
	}

	/** What the loader logged while the action ran, at INFO from {@link Table}. */
	private static List<String> told(Runnable action) {
		var told = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
		var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Table.class);
		told.start();
		logger.addAppender(told);
		try {
			action.run();
		}
		finally {
			logger.detachAppender(told);
		}
		return told.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
	}

	@Test
	void aWorkbookWrittenByAProgramWithoutStylesIsReadToo() throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		Files.delete(this.copy.resolve("clusters.csv"));
		Workbooks.writeBare(this.copy.resolve("clusters.xlsx"), List.of(
				List.of("id", "name", "kind", "level", "scale", "regionCodes", "chainIds", "source"),
				List.of("test-cluster", "测试铜产业集群", "CLUSTER", "PROVINCIAL", "千亿级", "3601;3606", "test-copper", "illustrative")));

		// The same rows as from the fixture's clusters.csv, which says the same.
		var regions = RegionReference.shipped();
		assertThat(StreamingDataSet.read(this.copy, regions, new GraphRows()).checksum())
			.isEqualTo(StreamingDataSet.read(DataSetLoadTest.SMALL, regions, new GraphRows()).checksum());
	}

	/**
	 * Loads the clean fixture, then the copy over it: nothing is created or updated, and the graph is the same but for
	 * the (:DataSet) record, which notes a load of different bytes (its checksum, its time).
	 */
	private void assertTheCopyLoadsAsTheCleanFixtureDoes() {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		var clean = GraphFingerprint.of(TestNeo4j.driver());
		var second = new GraphLoader(TestNeo4j.driver()).load(this.copy, new GraphLoader.Options(false, false));
		second.counts().forEach((type, counts) -> {
			assertThat(counts.created()).as("%s created", type).isZero();
			assertThat(counts.updated()).as("%s updated", type).isZero();
		});
		assertThat(withoutDataSetRecords(GraphFingerprint.of(TestNeo4j.driver()))).isEqualTo(withoutDataSetRecords(clean));
	}

	private static String withoutDataSetRecords(String fingerprint) {
		return fingerprint.lines().filter(line -> !line.startsWith("[DataSet]")).collect(java.util.stream.Collectors.joining("\n"));
	}

	private List<String> problemsOfBothReaders() {
		return Fixtures.problemsOfBothReaders(this.copy);
	}

	private void replace(String file, String text, String by) throws IOException {
		Fixtures.replace(this.copy, file, text, by);
	}

}
