package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.loader.SharedFirms;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two offices load their own data sets into one graph, and both list 江西铜业股份有限公司 (one credit code, one node): an
 * empty cell of the second no longer removes what the first gave the firm, a differing value replaces it with a
 * warning naming both, and a firm one data set alone lists is edited as before. The dry run says what the load then
 * does.
 */
class SharedFirmLoadTest {

	private static final String FIRMS = "id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\n";

	private static final String JXCU = "91360000705511526U";

	/** 江西's row: the firm with its stock code, aliases, tags and year. */
	private static final String PROVINCE_ROW = JXCU + ",江西铜业股份有限公司,江西铜业;江铜," + JXCU
			+ ",600362.SH,3606,上市;链主,1997,illustrative,\n";

	@TempDir
	Path folder;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void anEmptyCellKeepsWhatAnotherDataSetGaveAFirmItListsToo() throws IOException {
		var province = dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW);
		this.loader.load(province, new GraphLoader.Options(false, false));
		var city = dataSet("yingtan", "鹰潭市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,," + JXCU + ",,3606,,,illustrative,\n");

		var load = this.loader.load(city, new GraphLoader.Options(false, false));

		var firm = firm(JXCU);
		assertThat(firm.get("stockCode").asString()).isEqualTo("600362.SH");
		assertThat(firm.get("aliases").asList(Value::asString)).containsExactly("江西铜业", "江铜");
		assertThat(firm.get("tags").asList(Value::asString)).containsExactly("上市", "链主");
		assertThat(firm.get("founded").asLong()).isEqualTo(1997);
		assertThat(firm.get("datasets").asList(Value::asString)).containsExactly("jiangxi", "yingtan");
		var shared = load.shared();
		assertThat(shared.firms()).isEqualTo(1);
		assertThat(shared.sharers()).isEqualTo(Map.of("jiangxi", 1L));
		assertThat(shared.kept()).isEqualTo(4);
		assertThat(shared.keptSample()).containsExactly(new SharedFirms.Kept(JXCU, "江西铜业股份有限公司",
				List.of("aliases", "stockCode", "tags", "founded")));
		assertThat(shared.conflicts()).isZero();
		assertThat(load.warnings()).isEmpty();
		assertThat(load.render()).contains("Shared firms (共有企业): 1 firm of this data set is also listed by data set"
				+ " jiangxi '江西省招商数据' (1 firm) (与其他来源共有 1 家企业); an empty cell keeps the value the graph has, a"
				+ " value given replaces it (空白单元格保留已有取值)\n  4 values stayed (保留 4 项):\n    江西铜业股份有限公司 ("
				+ JXCU + "): aliases (别名), stockCode (股票代码), tags (标签), founded (成立年份)\n");

		var before = GraphFingerprint.of(TestNeo4j.driver());
		var again = this.loader.load(city, new GraphLoader.Options(false, false));
		assertThat(again.counts().get("Enterprise")).as("a kept value is no change").isEqualTo(new LoadSummary.Counts(0, 0, 1, 0));
		assertThat(again.shared().kept()).as("said at every load").isEqualTo(4);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);

		Files.writeString(city.resolve("enterprises.csv"), FIRMS);
		this.loader.load(city, new GraphLoader.Options(false, true, false, 1.0));
		var pruned = firm(JXCU);
		assertThat(pruned.get("datasets").asList(Value::asString)).as("--prune lets go of it as before").containsExactly("jiangxi");
		assertThat(pruned.get("stockCode").asString()).isEqualTo("600362.SH");
	}

	@Test
	void aDifferingValueReplacesTheOtherDataSetsAndIsWarnedAbout() throws IOException {
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW), new GraphLoader.Options(false, false));
		// The tags in another order are the same tags: no warning for them.
		var city = dataSet("yingtan", "鹰潭市招商数据", FIRMS + JXCU + ",江西铜业集团,," + JXCU + ",,3606,链主;上市,,illustrative,\n");

		var load = this.loader.load(city, new GraphLoader.Options(false, false));

		assertThat(firm(JXCU).get("name").asString()).isEqualTo("江西铜业集团");
		assertThat(load.shared().conflicts()).isEqualTo(1);
		assertThat(load.shared().kept()).as("aliases, stockCode, founded").isEqualTo(3);
		assertThat(load.warnings()).containsExactly("WARNING (警告): this data set replaced 1 value of firms another source"
				+ " lists too; check which is right, and correct the one that is wrong (本数据集替换了共有企业的 1 项"
				+ "不同取值，请核对):\n  江西铜业集团 (" + JXCU + ") name (企业名称): was '江西铜业股份有限公司' (the firm is listed by data"
				+ " set jiangxi '江西省招商数据' too), now '江西铜业集团'");
		assertThat(load.render()).as("warnings come first, the load goes on").startsWith("WARNING (警告)")
			.contains("Loaded (导入完成)", "  1 differing value replaced: see the warning above");

		// 江西's weekly reload, its file unchanged: the name differs between the two lists, and 江西's holds now.
		var back = this.loader.load(this.folder.resolve("jiangxi"), new GraphLoader.Options(false, false));
		assertThat(back.warnings()).containsExactly("WARNING (警告): this data set's files are as at its last load, and 1"
				+ " value of firms another source lists too differs from what that source wrote since: each load puts its"
				+ " own value back, so the graph holds the value of the one loaded last and changes again at every load"
				+ " until they agree; decide which is right and correct the other (本数据集文件未变，但共有企业有 1 项取值与其他"
				+ "来源不同，每次导入互相覆盖，图中为最后导入的取值；请核对并统一):\n  江西铜业股份有限公司 (" + JXCU + ") name (企业名称):"
				+ " data set yingtan '鹰潭市招商数据' wrote '江西铜业集团' since, this data set gives '江西铜业股份有限公司': its value"
				+ " holds now (现以本数据集为准)");
		assertThat(back.verdict()).endsWith("; this data set's files are as at its last load: what changed is what another"
				+ " data set or the curation API had written or removed since, see the warning above (本数据集文件未变，变化来自此后"
				+ "其他来源的写入)");
		this.loader.load(city, new GraphLoader.Options(false, false));

		var tags = dataSet("tags", "标签", FIRMS + JXCU + ",江西铜业集团,,,,3606,专精特新,,illustrative,\n");
		var replaced = this.loader.load(tags, new GraphLoader.Options(false, false));
		assertThat(firm(JXCU).get("tags").asList(Value::asString)).as("a list that is given replaces").containsExactly("专精特新");
		assertThat(replaced.shared().conflictSample()).singleElement()
			.isEqualTo(new SharedFirms.Conflict(JXCU, "江西铜业集团", "tags", List.of("jiangxi", "yingtan"), "链主;上市", "专精特新"));
		assertThat(replaced.warnings().getFirst()).contains("tags (标签): was '链主;上市' (the firm is listed by data set jiangxi"
				+ " '江西省招商数据', data set yingtan '鹰潭市招商数据' too), now '专精特新'");
	}

	/**
	 * Where a firm is, too: the city's list puts 江西铜业 in 南昌 (3601) where 江西's has it in 鹰潭 (3606). The firm has
	 * one region, so the last load's wins, as a name does; it moved without a word.
	 */
	/**
	 * The city moved the shared firm to 南昌 (the region link is then the city's alone) and later drops it with
	 * --prune: the firm stays, as the province lists it, and so does its one region, handed to the province; it used
	 * to stay without any region, out of every count by region and every gap table.
	 */
	@Test
	void aFirmAnotherDataSetStillListsKeepsItsRegionWhenThisOnePrunesIt() throws IOException {
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW), new GraphLoader.Options(false, false));
		var city = dataSet("nanchang", "南昌市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,,,,3601,,,illustrative,\n");
		this.loader.load(city, new GraphLoader.Options(false, false));
		Files.writeString(city.resolve("enterprises.csv"), FIRMS);

		var dryRun = this.loader.load(city, new GraphLoader.Options(true, true, false, 1.0));
		var pruned = this.loader.load(city, new GraphLoader.Options(false, true, false, 1.0));

		assertThat(firm(JXCU).get("datasets").asList(Value::asString)).containsExactly("jiangxi");
		try (var session = TestNeo4j.driver().session()) {
			var links = session.run("MATCH (:Enterprise {id: $id})-[l:LOCATED_IN]->(r) RETURN r.code AS code, l.datasets AS datasets",
					Map.of("id", JXCU)).list(r -> r.get("code").asString() + " " + r.get("datasets").asList(Value::asString));
			assertThat(links).as("where the city put it, now the province's link").containsExactly("3601 [jiangxi]");
		}
		assertThat(pruned.deleted()).as("nothing deleted").isEmpty();
		assertThat(dryRun.deleted()).as("the dry run says the same").isEmpty();
		assertThat(pruned.render()).contains("2 more this data set no longer lists stayed");
	}

	/**
	 * A firm the office drops from its file stays when another source lists it too; the summary and the dry run name
	 * it with who keeps it, where they only counted it ("1 more … stayed"), so the office can tell that its removal
	 * did not happen and ask whoever keeps the firm.
	 */
	@Test
	void whatThePruneLetsGoOfIsNamedWithWhoKeepsIt() throws IOException {
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW), new GraphLoader.Options(false, false));
		var city = dataSet("yingtan", "鹰潭市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,,,,3606,,,illustrative,\n"
				+ "test-yt-a,示例·鹰潭甲铜业有限公司,,,,3606,,,illustrative,\n");
		this.loader.load(city, new GraphLoader.Options(false, false));
		Files.writeString(city.resolve("enterprises.csv"), FIRMS);

		var dryRun = this.loader.load(city, new GraphLoader.Options(true, true, false, 1.0));
		var pruned = this.loader.load(city, new GraphLoader.Options(false, true, false, 1.0));

		var staying = Map.of("Enterprise", List.of("江西铜业股份有限公司 (" + JXCU + ") by jiangxi"));
		assertThat(dryRun.staying()).isEqualTo(staying);
		assertThat(pruned.staying()).isEqualTo(staying);
		assertThat(pruned.render()).contains("  2 more this data set no longer lists stayed: another data set, the curation"
				+ " API or the ChainKnowledgeGraph import lists them too (其他来源仍列出，保留)\n    Enterprise       江西铜业股份有限公司 ("
				+ JXCU + ") by jiangxi\n");
		assertThat(pruned.deleted().get("Enterprise").sample()).as("the firm only this data set listed goes")
			.containsExactly("示例·鹰潭甲铜业有限公司 (test-yt-a)");
	}

	@Test
	void aSharedFirmPutInAnotherRegionIsWarnedAbout() throws IOException {
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW), new GraphLoader.Options(false, false));
		var city = dataSet("nanchang", "南昌市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,,,,3601,,,illustrative,\n");
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var dryRun = this.loader.load(city, new GraphLoader.Options(true, false));

		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("a dry run writes nothing").isEqualTo(before);
		var load = this.loader.load(city, new GraphLoader.Options(false, false));
		var moved = new SharedFirms.Conflict(JXCU, "江西铜业股份有限公司", "regionCode", List.of("jiangxi"), "3606", "3601");
		assertThat(load.shared().conflictSample()).containsExactly(moved);
		assertThat(dryRun.shared().conflictSample()).containsExactly(moved);
		assertThat(load.warnings()).singleElement().asString()
			.contains("江西铜业股份有限公司 (" + JXCU + ") regionCode (地区代码): was '3606' (the firm is listed by data set jiangxi"
					+ " '江西省招商数据' too), now '3601'");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (:Enterprise {id: $id})-[:LOCATED_IN]->(r) RETURN collect(r.code) AS codes",
					Map.of("id", JXCU)).single().get("codes").asList(Value::asString)).containsExactly("3601");
		}
		// Loaded again, it is where this data set says: nothing moves, nothing is said.
		assertThat(this.loader.load(city, new GraphLoader.Options(false, false)).warnings()).isEmpty();
	}

	@Test
	void manyConflictsAreNamedAFewAtATimeWithTheCountOfTheRest() throws IOException {
		var first = new StringBuilder(FIRMS);
		var second = new StringBuilder(FIRMS);
		for (int i = 1; i <= 7; i++) {
			first.append("firm-").append(i).append(",示例·企业").append(i).append(",,,,3601,,,illustrative,\n");
			second.append("firm-").append(i).append(",示例·企业").append(i).append("有限公司,,,,3601,,,illustrative,\n");
		}
		this.loader.load(dataSet("first", "第一", first.toString()), new GraphLoader.Options(false, false));

		var load = this.loader.load(dataSet("second", "第二", second.toString()), new GraphLoader.Options(false, false));

		assertThat(load.shared().conflicts()).isEqualTo(7);
		var warning = load.warnings().getFirst();
		assertThat(warning.lines()).hasSize(1 + 5 + 1);
		assertThat(warning).contains("示例·企业1有限公司 (firm-1) name (企业名称): was '示例·企业1'", "(firm-5)")
			.doesNotContain("(firm-6)")
			.endsWith("\n  … 2 more (另有 2 项)");
	}

	@Test
	void anEmptiedCellOfAFirmNoOtherDataSetListsClearsAsBefore() throws IOException {
		var province = dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW
				+ "own-firm,示例·自有企业,自有,,000001.SZ,3601,上市,2001,illustrative,\n");
		this.loader.load(province, new GraphLoader.Options(false, false));
		this.loader.load(dataSet("yingtan", "鹰潭市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,,,,3606,,,illustrative,\n"),
				new GraphLoader.Options(false, false));
		Files.writeString(province.resolve("enterprises.csv"), FIRMS + JXCU + ",江西铜业股份有限公司,,," + ",3606,,,illustrative,\n"
				+ "own-firm,示例·自有企业,,,,3601,,,illustrative,\n");

		var load = this.loader.load(province, new GraphLoader.Options(false, false));

		var own = firm("own-firm");
		assertThat(own.get("stockCode").isNull()).isTrue();
		assertThat(own.get("aliases").isNull()).isTrue();
		assertThat(own.get("tags").isNull()).isTrue();
		assertThat(own.get("founded").isNull()).isTrue();
		assertThat(firm(JXCU).get("stockCode").asString()).as("鹰潭 lists it too").isEqualTo("600362.SH");
		assertThat(load.shared().firms()).isEqualTo(1);
		assertThat(load.shared().keptSample()).extracting(SharedFirms.Kept::key).containsExactly(JXCU);
	}

	/**
	 * The dry run runs the load's own statement without writing, so it says what the load then does; a stock code or
	 * credit code this data set gives to another of its firms leaves the shared firm, as a code given away always did.
	 */
	@Test
	void aDryRunSaysWhatTheLoadThenKeepsAndReplaces() throws IOException {
		var credit = "91360000MA3501000A";
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW
				+ "jx-copper-group,江西铜业集团有限公司,江铜集团," + credit + ",600363.SH,3606,链主,1979,illustrative,\n"),
				new GraphLoader.Options(false, false));
		// jx-copper-group gives its codes to jx-copper-listed, on two rows: a correction, the codes move.
		var city = dataSet("yingtan", "鹰潭市招商数据", FIRMS + JXCU + ",江西铜业集团,,,,3606,,,illustrative,\n"
				+ "jx-copper-group,江西铜业集团有限公司,,91360000MA3501001D,600364.SH,3606,,,illustrative,\n"
				+ "jx-copper-listed,示例·江铜上市主体,," + credit + ",600363.SH,3606,,,illustrative,\n");
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var dryRun = this.loader.load(city, new GraphLoader.Options(true, false));

		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("a dry run writes nothing").isEqualTo(before);
		var load = this.loader.load(city, new GraphLoader.Options(false, false));

		assertThat(dryRun.shared().firms()).isEqualTo(load.shared().firms());
		assertThat(dryRun.shared().sharers()).isEqualTo(load.shared().sharers());
		assertThat(dryRun.shared().kept()).isEqualTo(load.shared().kept());
		assertThat(dryRun.shared().keptSample()).isEqualTo(load.shared().keptSample());
		assertThat(dryRun.shared().conflicts()).isEqualTo(load.shared().conflicts());
		assertThat(dryRun.shared().conflictSample()).isEqualTo(load.shared().conflictSample());
		assertThat(load.shared().firms()).isEqualTo(2);
		assertThat(load.shared().keptSample()).containsExactly(
				new SharedFirms.Kept(JXCU, "江西铜业集团", List.of("aliases", "creditCode", "stockCode", "tags", "founded")),
				new SharedFirms.Kept("jx-copper-group", "江西铜业集团有限公司", List.of("aliases", "tags", "founded")));
		assertThat(load.shared().conflictSample()).extracting(SharedFirms.Conflict::field).containsExactly("name");
		assertThat(dryRun.warnings()).singleElement().asString()
			.startsWith("WARNING (警告): this data set would replace 1 value")
			.contains("name (企业名称): is '江西铜业股份有限公司' (the firm is listed by data set jiangxi '江西省招商数据' too), would be '江西铜业集团'");
		assertThat(load.warnings()).singleElement().asString()
			.contains("name (企业名称): was '江西铜业股份有限公司' (the firm is listed by data set jiangxi '江西省招商数据' too), now '江西铜业集团'");
		assertThat(dryRun.render()).contains("Shared firms (共有企业): 2 firms", "8 values would stay (保留 8 项)",
				"1 differing value would be replaced");
		assertThat(load.render()).contains("8 values stayed (保留 8 项)");
		var group = firm("jx-copper-group");
		assertThat(group.get("creditCode").asString()).as("its own now").isEqualTo("91360000MA3501001D");
		assertThat(group.get("stockCode").asString()).as("its own now").isEqualTo("600364.SH");
		assertThat(group.get("aliases").asList(Value::asString)).containsExactly("江铜集团");
		assertThat(firm("jx-copper-listed").get("stockCode").asString()).isEqualTo("600363.SH");
	}

	/**
	 * An empty cell keeps a shared firm's code, so the code cannot go to another firm of the data set as well: a city
	 * office listed 章源钨业 (002378-sz, the province's) with its stock code left empty and a new record keyed by the
	 * credit code with that stock code; the load took the code from the province's firm without a word.
	 */
	@Test
	void aSharedFirmsCodeDoesNotMoveOnAnEmptyCell() throws IOException {
		this.loader.load(dataSet("jiangxi", "江西省招商数据", FIRMS + PROVINCE_ROW), new GraphLoader.Options(false, false));
		var city = dataSet("ganzhou", "赣州市招商数据", FIRMS + JXCU + ",江西铜业股份有限公司,,,,3606,,,illustrative,\n"
				+ "91360000MA3502000H,示例·江铜另一记录,,91360000MA3502000H,600362.SH,3607,,,illustrative,\n");
		var before = GraphFingerprint.of(TestNeo4j.driver());

		assertThatThrownBy(() -> this.loader.load(city, new GraphLoader.Options(false, false)))
			.isInstanceOf(io.chaingraph.loader.source.LoadException.class)
			.hasMessageContaining("enterprises.csv:3")
			.hasMessageContaining("'600362.SH', already the stock code of " + JXCU + " 江西铜业股份有限公司 in the graph")
			.hasMessageContaining("give this row the id " + JXCU);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).as("nothing written").isEqualTo(before);
		assertThat(firm(JXCU).get("stockCode").asString()).isEqualTo("600362.SH");
		assertThatThrownBy(() -> this.loader.load(city, new GraphLoader.Options(true, false)))
			.as("the dry run finds it as the load does").hasMessageContaining("enterprises.csv:3");

		// Given another code on its own row, the firm gives this one up: a correction, as before.
		Files.writeString(city.resolve("enterprises.csv"), FIRMS + JXCU + ",江西铜业股份有限公司,,,600999.SH,3606,,,illustrative,\n"
				+ "91360000MA3502000H,示例·江铜另一记录,,91360000MA3502000H,600362.SH,3607,,,illustrative,\n");
		this.loader.load(city, new GraphLoader.Options(false, false));
		assertThat(firm(JXCU).get("stockCode").asString()).isEqualTo("600999.SH");
		assertThat(firm("91360000MA3502000H").get("stockCode").asString()).isEqualTo("600362.SH");
	}

	private static Value firm(String id) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH (e:Enterprise {id: $id}) RETURN properties(e) AS p", Map.of("id", id)).single().get("p");
		}
	}

	/** A data set of one table, enterprises.csv. */
	private Path dataSet(String id, String name, String enterprises) throws IOException {
		var dir = Files.createDirectories(this.folder.resolve(id));
		Files.writeString(dir.resolve("dataset.yaml"), "format: chaingraph/v1\nid: " + id + "\nname: " + name + "\n");
		Files.writeString(dir.resolve("enterprises.csv"), enterprises);
		return dir;
	}

}
