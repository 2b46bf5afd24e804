package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.loader.LoadSummary;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rows that state one element twice: the load's counts are the graph's changes. A link two rows give for a reason
 * (one product in one segment, named by each firm that makes it; one supply link in two chains' files; a border as
 * a,b and b,a) is written once and counted once; a row that repeats another by a slip (a value twice in a list; a
 * region or a supply link twice in a chain file) is refused with both lines, as a key used twice is. The load had sent such rows
 * in one statement, each reading the link as absent: "3 created" for 2 links, and "1 updated" on every reload.
 */
class RepeatedRowTest {

	@TempDir
	Path copy;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() throws IOException {
		TestNeo4j.clearData();
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
	}

	@Test
	void aProductTwoFirmsMakeInOneSegmentIsInItOnceAndCountedOnce() throws IOException {
		// 阴极铜 in test-copper/cathode is test-a's row already; test-d's names it again, from another source.
		append("enterprise-products.csv", "test-d,阴极铜,0.1,test-copper/cathode,file:示例名单.xlsx,\n");

		var first = load();

		assertThat(links("IN_SEGMENT")).isEqualTo(2);
		assertThat(first.counts().get("IN_SEGMENT")).isEqualTo(new LoadSummary.Counts(2, 0, 1, 0));
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (:Product {name: '阴极铜'})-[r:IN_SEGMENT]->() RETURN r.source AS source")
				.single().get("source").asString()).as("the last row's, as the bulk import writes it").isEqualTo("file:示例名单.xlsx");
		}
		var again = load();
		assertThat(again.counts().get("IN_SEGMENT")).isEqualTo(new LoadSummary.Counts(0, 0, 3, 0));
		assertThat(again.verdict()).isEqualTo(LoadSummary.UNCHANGED);
	}

	@Test
	void aSupplyLinkTwoChainFilesStateIsCreatedOnceAndCountedOnce() throws IOException {
		// test-copper.yaml has copper-foil → test-electronics/pcb; the other chain's file says it too.
		Fixtures.replace(this.copy, "chains/test-electronics.yaml", "supplies:\n", """
				supplies:
				  - from: test-copper/copper-foil
				    to: pcb
				    source: file:示例名单.xlsx
				""");

		var first = load();

		assertThat(links("SUPPLIES")).isEqualTo(6);
		assertThat(first.counts().get("SUPPLIES").created()).isEqualTo(6);
		assertThat(load().verdict()).isEqualTo(LoadSummary.UNCHANGED);
	}

	@Test
	void aBorderWrittenBothWaysRoundIsOneBorderCountedOnce() throws IOException {
		// A list of each region's neighbours names every border twice, a,b and b,a: one pair, stored once.
		append("region-neighbours.csv", "35,36,illustrative,\n");

		var first = load();

		assertThat(links("NEIGHBOURS")).isEqualTo(2);
		assertThat(first.counts().get("NEIGHBOURS")).isEqualTo(new LoadSummary.Counts(2, 0, 1, 0));
		assertThat(load().counts().get("NEIGHBOURS")).isEqualTo(new LoadSummary.Counts(0, 0, 3, 0));
	}

	@Test
	void aValueTwiceInAListIsRefusedWithItsCell() throws IOException {
		Fixtures.replace(this.copy, "regions.csv", "36;32,", "36;32;36,");
		Fixtures.replace(this.copy, "clusters.csv", "3601;3606,test-copper,", "3601;3606;3601,test-copper;test-copper,");
		Fixtures.replace(this.copy, "policy-targets.csv", ",test-cluster,", ",test-cluster;test-cluster,");
		Fixtures.replace(this.copy, "enterprises.csv", "链主;上市,", "链主;上市;上市,");

		assertThat(refused()).containsExactlyInAnyOrder(
				"regions.csv:3 字段 members: expected each value once in the list (列表中的值不能重复), found '36' more than"
						+ " once in '36;32;36'",
				"clusters.csv:2 字段 regionCodes: expected each value once in the list (列表中的值不能重复), found '3601' more"
						+ " than once in '3601;3606;3601'",
				"clusters.csv:2 字段 chainIds: expected each value once in the list (列表中的值不能重复), found 'test-copper'"
						+ " more than once in 'test-copper;test-copper'",
				"policy-targets.csv:2 字段 clusterIds: expected each value once in the list (列表中的值不能重复), found"
						+ " 'test-cluster' more than once in 'test-cluster;test-cluster'",
				"enterprises.csv:2 字段 tags: expected each value once in the list (列表中的值不能重复), found '上市' more than"
						+ " once in '链主;上市;上市'");
	}

	@Test
	void aRegionOrASupplyLinkTwiceInAChainFileIsRefusedWithBothLines() throws IOException {
		Fixtures.replace(this.copy, "chains/test-copper.yaml", """
				    chief: 省领导
				    source: illustrative
				""", """
				    chief: 省领导
				    source: illustrative
				  - region: "36"
				    program: 测试十四条
				    tier: 重点
				    source: illustrative
				""");
		Fixtures.replace(this.copy, "chains/test-copper.yaml", """
				supplies:
				""", """
				supplies:
				  - from: cathode
				    to: wire
				    source: illustrative
				""");

		var problems = refused();

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0)).matches("chains/test-copper\\.yaml:\\d+ 字段 region: expected a region once in a"
				+ " chain's policy list, with one programme \\(同一地区只能列一次\\), found '36', already on line \\d+"
				+ " \\(测试\"2\\+6\\+N\"\\)");
		assertThat(problems.get(1)).matches("chains/test-copper\\.yaml:\\d+ 字段 to: expected a supply link listed once"
				+ " \\(供给关系重复\\), found 'cathode' → 'wire', already on line \\d+");
	}

	private LoadSummary load() {
		return this.loader.load(this.copy, new GraphLoader.Options(false, false));
	}

	/** The problems of a load of the copy, after checking that it wrote nothing and both readers say the same. */
	private java.util.List<String> refused() {
		var problems = Fixtures.problemsOfBothReaders(this.copy);
		var refusal = catchThrowableOfType(LoadException.class, this::load);
		assertThat(refusal).isNotNull();
		assertThat(links("NEIGHBOURS") + links("MEMBER_OF") + links("SUPPLIES")).as("nothing written").isZero();
		return problems;
	}

	private void append(String file, String line) throws IOException {
		Files.writeString(this.copy.resolve(file), line, StandardOpenOption.APPEND);
	}

	private static long links(String type) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run("MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS n", Map.of("type", type))
				.single().get("n").asLong();
		}
	}

}
