package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Path;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province loads its cities' data sets side by side: 南昌's and 赣州's copies of one chain, cluster, zone and policy
 * document, each city's edits in its own. What the second changes of what the first wrote (a segment's name, the
 * chain's tier) is said as a shared firm's values are, naming who wrote it, and said again only when a load changes it
 * again; a new firm named as the other city's firm under another id is said with both ids.
 */
class SharedRecordLoadTest {

	@TempDir
	Path temp;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void whatAnotherDataSetWroteOfAChainOrSegmentAndTheOtherRecordsIsNotReplacedWithoutAWord() throws IOException {
		var nanchang = city("nanchang", "南昌招商数据");
		var ganzhou = city("ganzhou", "赣州招商数据");
		Fixtures.replace(ganzhou, "chains/test-copper.yaml", "name: 测试铜产业链", "name: 铜产业链(赣州)");
		Fixtures.replace(ganzhou, "chains/test-copper.yaml", "name: 上游原料", "name: 上游原材料");
		Fixtures.replace(ganzhou, "chains/test-copper.yaml", "tier: \"2\"", "tier: \"6\"");
		Fixtures.replace(ganzhou, "chains/test-copper.yaml", "aliases: [铜]\n", "");
		Fixtures.replace(ganzhou, "clusters.csv", "测试铜产业集群", "赣州铜产业集群");
		Fixtures.replace(ganzhou, "regions.csv", "测试高新区", "赣州测试高新区");
		Fixtures.replace(ganzhou, "policy-documents.csv", "测试行动计划", "测试行动计划(赣州)");
		assertThat(this.loader.load(nanchang, new GraphLoader.Options(false, false)).warnings()).isEmpty();

		var dryRun = this.loader.load(ganzhou, new GraphLoader.Options(true, false));
		var load = this.loader.load(ganzhou, new GraphLoader.Options(false, false));

		assertThat(load.records().conflicts()).isEqualTo(7);
		assertThat(load.warnings()).as("once, the firms being the same").containsExactly("WARNING (警告): this data set"
				+ " replaced 7 values of chains, segments or other records another data set wrote too; the last load's value"
				+ " stays: check which is right, and correct the one that is wrong (本数据集替换了其他数据集写入的 7 项不同取值，请核对):"
				+ "\n  chains/test-copper.yaml:1: chain (产业链) 铜产业链(赣州) (test-copper) aliases: was '铜' (written by data set nanchang"
				+ " '南昌招商数据' too), now empty (已清空)"
				+ "\n  chains/test-copper.yaml:1: chain (产业链) 铜产业链(赣州) (test-copper) name: was '测试铜产业链' (written by data set"
				+ " nanchang '南昌招商数据' too), now '铜产业链(赣州)'"
				+ "\n  chains/test-copper.yaml:11: segment (产业链环节) 上游原材料 (test-copper/upstream) name: was '上游原料' (written by data"
				+ " set nanchang '南昌招商数据' too), now '上游原材料'"
				+ "\n  chains/test-copper.yaml:5: policy chain (政策产业链) 江西省 → 铜产业链(赣州) (36 → test-copper) tier: was '2'"
				+ " (written by data set nanchang '南昌招商数据' too), now '6'"
				+ "\n  regions.csv:2: region (地区) 赣州测试高新区 (3601Z01) name (地区名称): was '测试高新区' (written by data set"
				+ " nanchang '南昌招商数据' too), now '赣州测试高新区'"
				+ "\n  … 2 more (另有 2 项)");
		assertThat(dryRun.records().sample().stream().map(c -> c.key() + " " + c.field() + " " + c.before() + " " + c.after()))
			.as("the dry run says the same").isEqualTo(load.records().sample().stream()
				.map(c -> c.key() + " " + c.field() + " " + c.before() + " " + c.after()).toList());
		assertThat(dryRun.warnings().getFirst()).startsWith("WARNING (警告): this data set would replace 7 values")
			.contains("name: is '上游原料' (written by data set nanchang '南昌招商数据' too), would be '上游原材料'",
					"aliases: is '铜' (written by data set nanchang '南昌招商数据' too), would be emptied (将清空)");
		assertThat(dryRun.checked()).as("the load goes on with it: not told it would not")
			.startsWith("Valid: ").endsWith("rows checked, nothing written (校验通过，未写入)");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (s:Segment {id: 'test-copper/upstream'}) RETURN s.name AS name").single()
				.get("name").asString()).as("the last load's value stays, as a firm's").isEqualTo("上游原材料");
		}

		var again = this.loader.load(ganzhou, new GraphLoader.Options(false, false));
		assertThat(again.records().conflicts()).as("a reload changes nothing another wrote").isZero();
		assertThat(again.warnings()).isEmpty();

		var back = this.loader.load(nanchang, new GraphLoader.Options(false, false));
		// The aliases 赣州 emptied come back as a value given where there was none: no value of 赣州's replaced.
		assertThat(back.records().conflicts()).as("南昌's reload puts its values back: said, naming 赣州").isEqualTo(6);
		assertThat(back.warnings()).singleElement().asString()
			.as("its files unchanged: the value 赣州 wrote since, and that 南昌's holds now")
			.contains("segment (产业链环节) 上游原料 (test-copper/upstream) name: data set ganzhou '赣州招商数据' wrote"
					+ " '上游原材料' since, this data set gives '上游原料': its value holds now (现以本数据集为准)");
	}

	@Test
	void twoDataSetsGivingAZoneTwoNamesAreSaidToDifferAtEachWeeklyReloadNotAsNews() throws IOException {
		var nanchang = city("nanchang", "南昌招商数据");
		var ganzhou = city("ganzhou", "赣州招商数据");
		Fixtures.replace(ganzhou, "regions.csv", "测试高新区", "赣州测试高新区");
		this.loader.load(nanchang, new GraphLoader.Options(false, false));
		var first = this.loader.load(ganzhou, new GraphLoader.Options(false, false));
		assertThat(first.warnings()).as("赣州's new value: replaced, as before").singleElement().asString()
			.startsWith("WARNING (警告): this data set replaced 1 value of chains")
			.contains("name (地区名称): was '测试高新区' (written by data set nanchang '南昌招商数据' too), now '赣州测试高新区'");
		assertThat(first.verdict()).as("its first load: news").startsWith("Changed: ").doesNotContain("files are as");

		// The weekly round: 南昌, 赣州, 南昌, 赣州, neither's files changed.
		for (var week = 0; week < 2; week++) {
			var a = this.loader.load(nanchang, new GraphLoader.Options(false, false));
			var dryRun = this.loader.load(ganzhou, new GraphLoader.Options(true, false));
			var b = this.loader.load(ganzhou, new GraphLoader.Options(false, false));
			assertThat(a.warnings()).singleElement().isEqualTo("WARNING (警告): this data set's files are as at its last"
					+ " load, and 1 value of chains, segments or other records differs from what another data set (or the"
					+ " curation API) wrote since: each load puts its own value back, so the graph holds the value of the"
					+ " data set loaded last and changes again at every load until the data sets agree; decide which is"
					+ " right and correct the other (本数据集文件未变，但有 1 项取值与其他数据集不同，每次导入互相覆盖，图中为最后导入的"
					+ "取值；请核对并统一):\n  regions.csv:2: region (地区) 测试高新区 (3601Z01) name (地区名称): data set ganzhou"
					+ " '赣州招商数据' wrote '赣州测试高新区' since, this data set gives '测试高新区': its value holds now (现以本数据集为准)");
			assertThat(a.verdict()).as("not news of 南昌's office: 赣州's value undone").isEqualTo(LoadSummary.changed(0, 1, 0)
					+ "; this data set's files are as at its last load: what changed is what another data set or the"
					+ " curation API had written or removed since, see the warning above (本数据集文件未变，变化来自此后其他来源的写入)");
			assertThat(b.warnings()).singleElement().asString().contains("name (地区名称): data set nanchang '南昌招商数据'"
					+ " wrote '测试高新区' since, this data set gives '赣州测试高新区': its value holds now");
			assertThat(dryRun.warnings()).singleElement().asString().startsWith("WARNING (警告): this data set's files are"
					+ " as at its last load").endsWith("its value would hold (将以本数据集为准)");
			assertThat(b.verdict()).contains("this data set's files are as at its last load");
		}
		assertThat(this.loader.load(ganzhou, new GraphLoader.Options(false, false)).verdict())
			.as("nothing another wrote since: unchanged, as ever").isEqualTo(LoadSummary.UNCHANGED);
	}

	@Test
	void aFirmsSegmentRoleAProductsWeightAndASupplyRelationsProductAnotherDataSetWroteAreNotReplacedWithoutAWord()
			throws IOException {
		var nanchang = city("nanchang", "南昌招商数据");
		var ganzhou = city("ganzhou", "赣州招商数据");
		Fixtures.replace(ganzhou, "enterprise-segments.csv", "test-b,test-copper/copper-foil,主营", "test-b,test-copper/copper-foil,配套");
		Fixtures.replace(ganzhou, "enterprise-products.csv", "test-a,阴极铜,0.6", "test-a,阴极铜,0.5");
		Fixtures.replace(ganzhou, "supply-relations.csv", "test-b,test-c,铜箔", "test-b,test-c,锂电铜箔");
		this.loader.load(nanchang, new GraphLoader.Options(false, false));

		var dryRun = this.loader.load(ganzhou, new GraphLoader.Options(true, false));
		var load = this.loader.load(ganzhou, new GraphLoader.Options(false, false));

		assertThat(load.records().conflicts()).as("one link per pair: 赣州's values replace 南昌's").isEqualTo(3);
		assertThat(load.records().sample().stream().map(c -> c.key() + " " + c.field() + " " + c.before() + " " + c.after()))
			.containsExactly("test-b → test-copper/copper-foil role 主营 配套", "test-a → 阴极铜 weight 0.6 0.5",
					"test-b → test-c product 铜箔 锂电铜箔");
		assertThat(load.warnings()).singleElement().asString().startsWith("WARNING (警告): this data set replaced 3 values")
			.contains("\n  enterprise-segments.csv: firm in segment (企业所属环节) ", " (test-b → test-copper/copper-foil) role",
					": was '主营' (written by data set nanchang '南昌招商数据' too), now '配套'",
					"\n  supply-relations.csv: supply relation (供货关系) ", ": was '铜箔' (written by data set nanchang");
		assertThat(dryRun.records().conflicts()).as("the dry run says the same").isEqualTo(3);
		assertThat(dryRun.warnings()).singleElement().asString().contains("weight", ": is '0.6' (written by data set"
				+ " nanchang '南昌招商数据' too), would be '0.5'");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (:Enterprise {id: 'test-a'})-[m:MAKES]->(:Product {name: '阴极铜'}) RETURN m.weight AS w")
				.single().get("w").asDouble()).as("the dry run wrote nothing, the load did").isEqualTo(0.5);
		}
		assertThat(this.loader.load(ganzhou, new GraphLoader.Options(false, false)).warnings())
			.as("a reload changes nothing another wrote").isEmpty();
	}

	@Test
	void aNewFirmNamedAsAnotherDataSetsFirmUnderAnotherIdIsSaidWithBothIds() throws IOException {
		var nanchang = city("nanchang", "南昌招商数据");
		Fixtures.replace(nanchang, "enterprises.csv", "test-d,", "nc-x,示例·己新材料（南昌）有限公司,,,,3601,,,illustrative,\ntest-d,");
		var ganzhou = city("ganzhou", "赣州招商数据");
		// The same firm in 赣州's list under its own id, its name typed with half-width brackets.
		Fixtures.replace(ganzhou, "enterprises.csv", "test-d,", "gz-x,示例·己新材料(南昌)有限公司,,,,3607,,,illustrative,\ntest-d,");
		this.loader.load(nanchang, new GraphLoader.Options(false, false));

		var dryRun = this.loader.load(ganzhou, new GraphLoader.Options(true, false));
		var load = this.loader.load(ganzhou, new GraphLoader.Options(false, false));

		assertThat(load.warnings()).containsExactly("WARNING (警告): 1 firm this data set added is named as a firm another"
				+ " source lists under another id; if they are one firm, give it one id in both lists (its 统一社会信用代码"
				+ " where known), or the graph holds it twice (本数据集新增的 1 家企业与其他来源的企业同名而编号不同，如为同一企业，"
				+ "请统一编号):\n  enterprises.csv: 示例·己新材料(南昌)有限公司 (gz-x) has the name of 示例·己新材料（南昌）有限公司"
				+ " (nc-x), listed by data set nanchang '南昌招商数据'");
		assertThat(dryRun.warnings()).singleElement().asString().startsWith("WARNING (警告): 1 firm this data set would add is named")
			.contains("(gz-x) has the name of 示例·己新材料（南昌）有限公司 (nc-x)");
		assertThat(load.counts().get("Enterprise").created()).as("not merged: two firms, said").isEqualTo(1);

		assertThat(this.loader.load(ganzhou, new GraphLoader.Options(false, false)).warnings())
			.as("a reload of the same data set adds no firm: nothing said again").isEmpty();
	}

	/** A copy of the small data set under the city's id and name. */
	private Path city(String id, String name) throws IOException {
		var folder = this.temp.resolve(id);
		Fixtures.copy(DataSetLoadTest.SMALL, folder);
		Fixtures.replace(folder, "dataset.yaml", "id: small-test\nname: 测试数据集", "id: " + id + "\nname: " + name);
		return folder;
	}

}
