package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The corpus of bad inputs: each is the valid fixture with one file changed, and each must be refused with its own
 * message, naming file, line and field, while the graph stays exactly as it was.
 */
class MalformedInputTest {

	private static String before;

	@BeforeAll
	static void loadTheValidFixture() {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		before = GraphFingerprint.of(TestNeo4j.driver());
	}

	static Stream<Arguments> corpus() {
		var firms = "id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\n";
		return Stream.of(
				arguments("firm in an unknown segment", "enterprise-segments.csv",
						"enterpriseId,segmentId,role,source,quote\ntest-a,test-copper/nowhere,,illustrative,\n",
						"enterprise-segments.csv:2 字段 segmentId", "未知的产业链环节"),
				// Found after the table was read (keys, references, provenance), a problem named its column by its
				// English name under a Chinese header: 字段 id, 字段 source.
				arguments("duplicate key under Chinese headers", "enterprises.csv",
						"企业编号,企业名称,地区代码,来源\ntest-a,示例·甲,3601,illustrative\ntest-a,示例·乙,3601,illustrative\n",
						"enterprises.csv:3 字段 企业编号", "编号重复"),
				arguments("full-width comma between two cells", "enterprise-segments.csv",
						"enterpriseId,segmentId,role,source,quote\ntest-a，test-copper/nowhere,主营,illustrative,\n",
						"enterprise-segments.csv:2", "'test-a，test-copper/nowhere' under enterpriseId: a full-width comma (，)"
								+ " where the comma between two cells belongs"),
				arguments("firm in an unknown region", "enterprises.csv",
						firms + "test-a,示例·甲,,,,369999,,,illustrative,\n", "enterprises.csv:2 字段 regionCode", "未知的地区编码"),
				arguments("region code that is no code", "enterprises.csv", firms + "test-a,示例·甲,,,,江西,,,illustrative,\n",
						"enterprises.csv:2 字段 regionCode", "a region code: GB/T 2260"),
				arguments("duplicate enterprise id", "enterprises.csv",
						firms + "test-a,示例·甲,,,,3601,,,illustrative,\ntest-a,示例·乙,,,,3601,,,illustrative,\n",
						"enterprises.csv:3 字段 id", "编号重复"),
				arguments("cycle in the segment tree", "chains/test-electronics.yaml", """
						id: test-electronics
						name: 测试
						source: illustrative
						segments:
						  - id: pcb
						    name: 电路板
						    position: MIDSTREAM
						    kind: COMPONENT
						    source: illustrative
						    children:
						      - id: pcb
						        name: 又是电路板
						        position: MIDSTREAM
						        kind: COMPONENT
						        source: illustrative
						""", "chains/test-electronics.yaml:11 字段 id", "环节树出现循环"),
				arguments("credit code with a wrong check character", "enterprises.csv",
						firms + "test-a,示例·甲,,913600001583041117,,3601,,,illustrative,\n", "enterprises.csv:2 字段 creditCode",
						"校验位应为 6"),
				arguments("file in no known encoding", "clusters.csv", "\u0000",
						"clusters.csv", "无法识别的文件编码"),
				arguments("missing column", "enterprises.csv", "id,name,source\ntest-a,示例·甲,illustrative\n",
						"enterprises.csv:1 字段 regionCode", "缺少列"),
				arguments("empty file", "designations.csv", "", "designations.csv", "空文件"),
				arguments("oversized field", "enterprises.csv",
						firms + "test-a," + "长".repeat(2_001) + ",,,,3601,,,illustrative,\n", "enterprises.csv:2 字段 name",
						"内容过长"),
				arguments("seed source without its sentence", "clusters.csv",
						"id,name,kind,regionCodes,source\nx,示例集群,CLUSTER,3601,seed:001_61f91f31330c6795.txt\n",
						"clusters.csv:2 字段 quote", "政策文件来源须附原文"),
				arguments("unknown tag", "enterprises.csv", firms + "test-a,示例·甲,,,,3601,超级企业,,illustrative,\n",
						"enterprises.csv:2 字段 tags", "'超级企业'"),
				arguments("list never closed", "chains/test-electronics.yaml", "id: test-electronics\nname: [unclosed\n",
						"chains/test-electronics.yaml:2", "found a [ that opens here and is never closed (方括号未闭合：请补上 ])"),
				arguments("broken YAML", "chains/test-electronics.yaml", "id: test-electronics\nname: a: b\n",
						"chains/test-electronics.yaml:2: expected valid YAML (YAML 格式错误), found what YAML cannot read here "
								+ "(mapping values are not allowed here)", "请检查本行及上一行的缩进、冒号和引号"),
				arguments("tab as indentation", "chains/test-electronics.yaml", chain("\tname: 印制电路板"),
						"chains/test-electronics.yaml:6: expected indentation with spaces, as YAML needs (缩进只能用空格)",
						"found a tab at the start of the line (行首有 Tab 键：请换成空格)"),
				// An input method left in Chinese mode: the colon looks right, YAML reads none, and stops on the next line
				arguments("full-width colon after a key", "chains/test-electronics.yaml", chain("    name：印制电路板"),
						"chains/test-electronics.yaml:6 字段 name: expected the colon : that YAML needs after a key (请使用英文冒号 :)",
						"found a full-width colon ： (全角冒号)"),
				arguments("full-width spaces as indentation", "chains/test-electronics.yaml", chain("\u3000\u3000name: 印制电路板"),
						"chains/test-electronics.yaml:6: expected indentation with ASCII spaces, as YAML needs (缩进请用半角空格)",
						"found a full-width space 　 (U+3000) at the start of the line (行首有全角空格：请换成半角空格)"),
				arguments("quote never closed", "chains/test-electronics.yaml", chain("    name: \"印制电路板"),
						"chains/test-electronics.yaml:6: expected a closing quote for the quote that opens here (引号须成对)",
						"found none before the end of the file (引号未闭合：请补上结尾的引号)"),
				// YAML keeps the last of two equal keys: 印制电路板 would be lost without a word
				arguments("key twice in a segment", "chains/test-electronics.yaml", chain("    name: 印制电路板\n    name: 线路板"),
						"chains/test-electronics.yaml:7 字段 name: expected each key once in a mapping (同一层级的字段不能重复)",
						"found 'name: 线路板' again, after 'name: 印制电路板' on line 6 (字段重复：请删去其中一个)"),
				arguments("aliases written as one value", "chains/test-electronics.yaml",
						chain("    name: 印制电路板\n    aliases: 电路板、线路板"), "chains/test-electronics.yaml:7 字段 aliases",
						"expected a list, written [锂电, 新能源电池] or one '- ' line per item (请写成列表), found one value '电路板、线路板'"),
				arguments("key twice in dataset.yaml", "dataset.yaml", "format: chaingraph/v1\nid: small-test\nid: other\nname: x\n",
						"dataset.yaml:3 字段 id: expected each key once (字段不能重复)", "字段重复"),
				arguments("credit code of another firm of the file", "enterprises.csv",
						firms + "test-a,示例·甲,,913600001583041116,,3601,,,illustrative,\n"
								+ "test-b,示例·乙,,913600001583041116,,3601,,,illustrative,\n",
						"enterprises.csv:3 字段 creditCode: expected a credit code no other firm has (统一社会信用代码只能属于一家企业)",
						"found '913600001583041116', already the credit code of test-a 示例·甲 on line 2 (统一社会信用代码重复"),
				arguments("stock code of another firm of the file", "enterprises.csv",
						firms + "test-a,示例·甲,,,600362.SH,3601,,,illustrative,\ntest-b,示例·乙,,,600362.SH,3601,,,illustrative,\n",
						"enterprises.csv:3 字段 stockCode: expected a stock code no other firm has (股票代码只能属于一家企业)",
						"found '600362.SH', already the stock code of test-a 示例·甲 on line 2 (股票代码重复"),
				arguments("segment position not in the list", "chains/test-electronics.yaml", """
						id: test-electronics
						name: 测试
						source: illustrative
						segments:
						  - id: pcb
						    name: 电路板
						    position: SIDEWAYS
						    kind: COMPONENT
						    source: illustrative
						""", "chains/test-electronics.yaml:7 字段 position", "'SIDEWAYS'"),
				arguments("supply link to a segment of no chain", "chains/test-electronics.yaml", """
						id: test-electronics
						name: 测试
						source: illustrative
						segments:
						  - id: pcb
						    name: 电路板
						    position: MIDSTREAM
						    kind: COMPONENT
						    source: illustrative
						supplies:
						  - from: pcb
						    to: other-chain/device
						    source: illustrative
						""", "chains/test-electronics.yaml:11 字段 supplies.to", "未知的产业链环节"),
				arguments("unsupported format version", "dataset.yaml", "format: chaingraph/v9\nid: x\nname: x\n",
						"dataset.yaml:1 字段 format", "不支持的格式版本"),
				arguments("as-of date that is no date", "dataset.yaml",
						"format: chaingraph/v1\nid: x\nname: x\nasOf: 2026-13-01\n", "dataset.yaml:4 字段 asOf",
						"数据截至日期"),
				arguments("unclosed quote", "supply-relations.csv", "supplierId,customerId,source\n\"test-a,test-b,illustrative\n",
						"supply-relations.csv:2 字段 supplierId", "引号未闭合"),
				arguments("firm supplying itself", "supply-relations.csv",
						"supplierId,customerId,source\ntest-a,test-a,illustrative\n", "supply-relations.csv:2 字段 customerId",
						"企业不能供货给自身"),
				arguments("misspelt column", "enterprises.csv",
						"id,name,regoinCode,regionCode,source\ntest-a,示例·甲,3601,3601,illustrative\n",
						"enterprises.csv:1 字段 regoinCode", "是否拼写错误"),
				arguments("cooperation area with a code of a place", "regions.csv",
						"code,name,level,members,source\n3601Z09,示例合作区,COOPERATION_AREA,36;35,illustrative\n",
						"regions.csv:2 字段 code", "区域合作区的代码以 CA- 开头"),
				arguments("zone without its city", "regions.csv",
						"code,name,level,source\n3601Z09,示例开发区,ZONE,illustrative\n", "regions.csv:2 字段 parentCode",
						"开发区须填写所在地区"),
				arguments("misspelt file name", "supply-relation.csv", "supplierId,customerId,source\ntest-a,test-b,illustrative\n",
						"supply-relation.csv: expected only the files of a data set", "是否应为 supply-relations.csv？"),
				arguments("spreadsheet in the old Excel format", "clusters.xls", "\u00d0\u00cf",
						"clusters.xls: expected only the files of a data set", "请另存为 .xlsx 或 CSV UTF-8 格式"),
				arguments("chain in another format", "chains/test-gold.json", "{\"id\": \"test-gold\"}",
						"chains/test-gold.json", "产业链文件须为 .yaml"),
				arguments("region name where its code belongs", "enterprises.csv",
						firms + "test-a,示例·甲,,,,赣州,,,illustrative,\n", "enterprises.csv:2 字段 regionCode",
						"江西省赣州市 is 3607 (这是地区名称，请填写区划代码 3607)"),
				arguments("region name several regions share", "enterprises.csv",
						firms + "test-a,示例·甲,,,,鼓楼区,,,illustrative,\n", "enterprises.csv:2 字段 regionCode",
						"a name 4 regions share: 320106 江苏省南京市鼓楼区, 320302 江苏省徐州市鼓楼区"),
				arguments("segment name where its id belongs", "enterprise-segments.csv",
						"enterpriseId,segmentId,role,source,quote\ntest-a,阴极铜,,illustrative,\n", "enterprise-segments.csv:2 字段 segmentId",
						"found '阴极铜', a segment's name: its id is test-copper/cathode (测试铜产业链) (这是环节名称，请填写编号 test-copper/cathode)"),
				arguments("chain name where its id belongs", "designations.csv",
						"enterpriseId,chainId,regionCode,kind,source\ntest-a,测试铜产业链,36,链主,illustrative\n", "designations.csv:2 字段 chainId",
						"found '测试铜产业链', a chain's name: its id is test-copper (这是产业链名称，请填写编号 test-copper)"),
				arguments("credit code in scientific notation", "enterprises.csv",
						firms + "test-a,示例·甲,,9.13600001583041E+17,,3601,,,illustrative,\n", "enterprises.csv:2 字段 creditCode",
						"请将该列设为文本格式后重新输入"),
				arguments("cell beyond the header", "enterprise-segments.csv",
						"enterpriseId,segmentId,source,quote\ntest-a,test-copper/ore,illustrative,江西铜业,年报\n",
						"enterprise-segments.csv:2: expected no cells beyond the header's 4 columns",
						"found '年报' after the last column (多出的单元格：是否有未加引号的逗号，或表头缺少列名？)"),
				// Values of the wrong form, each message with Chinese words of its own (the test below checks every one).
				arguments("founding year out of range", "enterprises.csv", firms + "test-a,示例·甲,,,,3601,,1700,illustrative,\n",
						"enterprises.csv:2 字段 founded", "(年份)"),
				arguments("stock code without its exchange", "enterprises.csv", firms + "test-a,示例·甲,,,6003,3601,,,illustrative,\n",
						"enterprises.csv:2 字段 stockCode", "(股票代码"),
				arguments("share that is no number", "enterprise-products.csv",
						"enterpriseId,product,weight,segmentId,source,quote\ntest-a,阴极铜,六成,test-copper/cathode,illustrative,\n",
						"enterprise-products.csv:2 字段 weight", "(占比"),
				arguments("target value that is no number", "policy-targets.csv",
						"id,documentId,text,value,year,source\ntest-target,test-doc,测试目标,八百,2022,illustrative\n",
						"policy-targets.csv:2 字段 value", "(数值"),
				arguments("date written in words", "policy-documents.csv",
						"id,title,date,source\ntest-doc,测试行动计划,二〇一九年二月,illustrative\n", "policy-documents.csv:2 字段 date",
						"(日期"),
				arguments("firm id that is no id", "supply-relations.csv",
						"supplierId,customerId,source\nTest A,test-b,illustrative\n", "supply-relations.csv:2 字段 supplierId",
						"(企业编号"),
				// 示例·甲,南昌分公司 without quotes: every cell after it one column right, the last (empty) one past the
				// header; the row's problems come with what caused them.
				arguments("comma in a value without quotes", "enterprises.csv",
						firms + "test-a,示例·甲,南昌分公司,,,,3601,,,illustrative,\n",
						"enterprises.csv:2: expected as many cells as the header's 10 columns",
						"found 11 cells, the last empty: a comma in a value without quotes around it"),
				// Copied from a web page: to an index 示例\u200b甲 is not 示例甲, and nobody can see why
				arguments("zero-width space in a name", "enterprises.csv",
						firms + "test-a,示例\u200b甲,,,,3601,,,illustrative,\n", "enterprises.csv:2 字段 name",
						"a zero-width space U+200B (零宽空格) at character 3 (第 3 个字符处)"),
				arguments("line break in a name (Alt+Enter in a cell)", "enterprises.csv",
						firms + "test-a,\"示例\n甲\",,,,3601,,,illustrative,\n", "enterprises.csv:2 字段 name",
						"a line break (换行) at character 3"),
				arguments("control character in a chain's name", "chains/test-electronics.yaml",
						"id: test-electronics\nname: \"测试\\a\"\nsource: illustrative\nsegments: []\n",
						"chains/test-electronics.yaml:2 字段 name", "the control character U+0007 (控制字符)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedWithItsOwnMessageAndTheGraphStaysAsItWas(String name, String file, String content, String where,
			String message, @org.junit.jupiter.api.io.TempDir Path copy) throws IOException {
		copyFixture(copy);
		Files.write(copy.resolve(file), content.getBytes(StandardCharsets.UTF_8));
		if (name.equals("file in no known encoding")) {
			Files.write(copy.resolve(file), new byte[] { 'i', 'd', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, '\n' });
		}

		assertThatThrownBy(() -> new GraphLoader(TestNeo4j.driver()).load(copy, new GraphLoader.Options(true, false)))
			.as("the dry run finds what the load refuses")
			.isInstanceOf(LoadException.class)
			.hasMessageContaining(where)
			.hasMessageContaining(message);
		assertThatThrownBy(() -> new GraphLoader(TestNeo4j.driver()).load(copy, new GraphLoader.Options(false, false)))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining(where)
			.hasMessageContaining(message)
			.message()
			.doesNotContain("found found");
		// Every problem says what was wrong in Chinese too, not only through the values it quotes from the file.
		var problems = ((LoadException) catchThrowable(() -> new GraphLoader(TestNeo4j.driver()).load(copy,
				new GraphLoader.Options(true, false)))).problems();
		assertThat(problems).allSatisfy(p -> assertThat(QUOTED.matcher(p.expected() + " " + p.found()).replaceAll(""))
			.as(p.toString()).containsPattern("\\p{IsHan}"));
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
	}

	/**
	 * One mistake, one problem: a separator typed as a full-width comma moved every cell after it one column left, and
	 * the row gave three problems (the id invalid, the segment '主营', the source missing), quoting the value with the
	 * comma made half width, where the mistake could not be seen.
	 */
	@Test
	void aFullWidthCommaBetweenCellsIsOneProblem(@org.junit.jupiter.api.io.TempDir Path copy) throws IOException {
		copyFixture(copy);
		Files.writeString(copy.resolve("enterprise-segments.csv"),
				"enterpriseId,segmentId,role,source,quote\ntest-a，test-copper/nowhere,主营,illustrative,\n");
		var problems = ((LoadException) catchThrowable(() -> new GraphLoader(TestNeo4j.driver()).load(copy,
				new GraphLoader.Options(true, false)))).problems();
		assertThat(problems).singleElement().asString().contains("test-a，test-copper/nowhere", "全角逗号");
		// A full-width comma inside a value of a row with all its cells is the value's.
		Files.writeString(copy.resolve("enterprise-segments.csv"),
				"enterpriseId,segmentId,role,source,quote\ntest-a,test-copper/nowhere,主营，配套,illustrative,\n");
		var inValue = ((LoadException) catchThrowable(() -> new GraphLoader(TestNeo4j.driver()).load(copy,
				new GraphLoader.Options(true, false)))).problems();
		assertThat(inValue).noneMatch(p -> p.toString().contains("全角逗号"));
	}

	/** A value quoted from the file ('南昌某公司'), which may be Chinese whatever the message's own words are. */
	private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(?<![A-Za-z])'[^']*'(?![A-Za-z])");

	/** The fixture's chain test-electronics with its first segment's name line (line 6) replaced by {@code line}. */
	private static String chain(String line) {
		return """
				id: test-electronics
				name: 测试
				source: illustrative
				segments:
				  - id: pcb
				%s
				    position: MIDSTREAM
				    kind: COMPONENT
				    source: illustrative
				""".formatted(line);
	}

	@org.junit.jupiter.api.Test
	void everyProblemOfAFileIsReportedTogether(@org.junit.jupiter.api.io.TempDir Path copy) throws IOException {
		copyFixture(copy);
		Files.writeString(copy.resolve("enterprises.csv"), """
				id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote
				Bad Id,示例·甲,,,,3601,,,illustrative,
				test-b,,,,,3601,,,illustrative,
				test-c,示例·丙,,,6003,3601,,,illustrative,
				test-d,示例·丁,,,,3601,,1700,illustrative,
				""");
		assertThatThrownBy(() -> new GraphLoader(TestNeo4j.driver()).load(copy, new GraphLoader.Options(false, false)))
			.isInstanceOfSatisfying(LoadException.class, ex -> assertThat(ex.problems())
				.extracting(p -> p.file() + ":" + p.line() + " " + p.field())
				.contains("enterprises.csv:2 id", "enterprises.csv:3 name", "enterprises.csv:4 stockCode",
						"enterprises.csv:5 founded"));
	}

	private static void copyFixture(Path copy) throws IOException {
		Fixtures.copy(DataSetLoadTest.SMALL, copy);
	}

}
