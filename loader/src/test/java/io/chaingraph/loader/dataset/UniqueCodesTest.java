package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A 统一社会信用代码 or a stock code names one firm, across data sets: a code a firm of another id has in the graph is
 * found by validation, the dry run included, with the file, line and the firm that has it; Neo4j would refuse the
 * credit code only in the middle of the load, and take the stock code twice.
 */
class UniqueCodesTest {

	private static final String FIRMS = "id,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\n";

	@TempDir
	Path folder;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void theSmallFixtureIsLoaded() {
		TestNeo4j.clearData();
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
	}

	@Test
	void aCreditCodeAFirmOfAnotherDataSetHasIsFoundByTheDryRunAndRefusedBeforeAnyWrite() throws IOException {
		// 913600001583041116 is the code of the fixture's 示例·戊矿业有限公司 (data set small-test)
		var other = dataSet("other-test", FIRMS + "yichun-lithium,示例·宜春锂业,,913600001583041116,,3609,,,illustrative,\n");
		var before = GraphFingerprint.of(TestNeo4j.driver());
		var expected = "enterprises.csv:2 字段 creditCode: expected a credit code no other firm has (统一社会信用代码只能属于一家企业), "
				+ "found '913600001583041116', already the credit code of 913600001583041116 示例·戊矿业有限公司 in the graph "
				+ "(data set small-test): if it is the same firm, give this row the id 913600001583041116 "
				+ "(统一社会信用代码已属于图中另一家企业：同一家企业请使用编号 913600001583041116，否则请更正统一社会信用代码)";

		assertThatThrownBy(() -> this.loader.load(other, new GraphLoader.Options(true, false)))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining(expected);
		assertThatThrownBy(() -> this.loader.load(other, new GraphLoader.Options(false, false)))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining(expected);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
	}

	@Test
	void aStockCodeAFirmOfAnotherIdHasIsRefusedAndTheSameFirmIsNot() throws IOException {
		this.loader.load(dataSet("listed-test", FIRMS + "600362-sh,示例·上市铜业,,,600362.SH,3606,上市,,illustrative,\n"),
				new GraphLoader.Options(false, false));
		var before = GraphFingerprint.of(TestNeo4j.driver());

		var twice = dataSet("other-test", FIRMS + "copper-dup,示例·上市铜业(重复),,,600362.SH,3606,,,illustrative,\n");
		assertThatThrownBy(() -> this.loader.load(twice, new GraphLoader.Options(true, false)))
			.isInstanceOf(LoadException.class)
			.hasMessageContaining("enterprises.csv:2 字段 stockCode: expected a stock code no other firm has (股票代码只能属于一家企业), "
					+ "found '600362.SH', already the stock code of 600362-sh 示例·上市铜业 in the graph (data set listed-test)");
		assertThatThrownBy(() -> this.loader.load(twice, new GraphLoader.Options(false, false)))
			.isInstanceOf(LoadException.class);
		assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);

		// another data set listing the same firm, by its id, is that firm again: no problem
		var same = dataSet("same-test", FIRMS + "600362-sh,示例·上市铜业,,,600362.SH,3606,上市,,illustrative,\n");
		assertThat(this.loader.load(same, new GraphLoader.Options(false, false)).counts().get("Enterprise").updated())
			.isEqualTo(1);
	}

	@Test
	void creditCodesThatChangePlacesInOneLoadAreWritten() throws IOException {
		var first = "91360000MA3501000A";
		var second = "91360100MA3501001J";
		var folder = dataSet("moves-test", FIRMS + "firm-one,示例·一,," + first + ",,3601,,,illustrative,\n"
				+ "firm-two,示例·二,," + second + ",,3601,,,illustrative,\n");
		this.loader.load(folder, new GraphLoader.Options(false, false));
		// Typed on the wrong rows, corrected: each code now belongs to the other firm. Neo4j checks the constraint at
		// each write, and in whichever order the rows come one of them takes a code the other still has.
		Files.writeString(folder.resolve("enterprises.csv"), FIRMS + "firm-one,示例·一,," + second + ",,3601,,,illustrative,\n"
				+ "firm-two,示例·二,," + first + ",,3601,,,illustrative,\n");

		this.loader.load(folder, new GraphLoader.Options(true, false));
		var summary = this.loader.load(folder, new GraphLoader.Options(false, false));

		assertThat(summary.counts().get("Enterprise").updated()).isEqualTo(2);
		try (var session = TestNeo4j.driver().session()) {
			var codes = session.run("""
					MATCH (e:Enterprise) WHERE e.id IN ['firm-one', 'firm-two'] RETURN e.id AS id, e.creditCode AS code ORDER BY id
					""").list(r -> r.get("id").asString() + "=" + r.get("code").asString());
			assertThat(codes).containsExactly("firm-one=" + second, "firm-two=" + first);
		}
	}

	/** A data set of one table, enterprises.csv. */
	private Path dataSet(String id, String enterprises) throws IOException {
		var dir = Files.createDirectories(this.folder.resolve(id));
		Files.writeString(dir.resolve("dataset.yaml"), "format: chaingraph/v1\nid: " + id + "\nname: " + id + "\n");
		Files.writeString(dir.resolve("enterprises.csv"), enterprises);
		return dir;
	}

}
