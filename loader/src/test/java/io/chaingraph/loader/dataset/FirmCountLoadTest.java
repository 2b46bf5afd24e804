package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.loader.GraphLoader;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.StoredFirmCounts;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored firm counts (FIRM_COUNT) after every kind of transactional load: the numbers and first firms worked out
 * by hand from the small fixture, and the whole set against a fresh count ({@code firmcount/check}).
 */
class FirmCountLoadTest {

	@TempDir
	Path copy;

	private final GraphLoader loader = new GraphLoader(TestNeo4j.driver());

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clearData();
	}

	@Test
	void aLoadStoresTheCountsOfEverySegmentChainAndRegionAbove() {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));

		// 江西 (36): test-a in 3601 (ore, cathode), test-b in the zone 3601Z01 under 3601 (copper-foil),
		// 913600001583041116 in 360681 under 3606 (ore); test-c, test-d are in 江苏 and 广东.
		assertThat(firms("test-copper/ore", "36")).isEqualTo(2);
		assertThat(firms("test-copper/upstream", "36")).as("test-a once, though in ore only").isEqualTo(2);
		assertThat(firms("test-copper/smelting", "36")).isEqualTo(1);
		assertThat(firms("test-copper/processing", "36")).as("test-d is in 广东").isEqualTo(1);
		assertThat(chainFirms("test-copper", "36")).as("each firm once for the chain").isEqualTo(3);
		assertThat(firms("test-copper/processing", "3601")).as("the zone's firm counts for its city").isEqualTo(1);
		assertThat(firms("test-copper/copper-foil", "3601Z01")).isEqualTo(1);
		assertThat(firms("test-copper/ore", "3601Z01")).isZero();
		assertThat(firms("test-copper/processing", "44")).isEqualTo(1);
		assertThat(chainFirms("test-copper", "CA-TST")).as("a cooperation area holds no firms").isZero();
		assertThat(firstFirms("MATCH (:Segment {id: $key})-[k:FIRM_COUNT]->(:Region {code: $region}) RETURN k.firstFirms AS f",
				"test-copper/ore", "36")).as("by name in 拼音 order: 示例·甲 (jia) before 示例·戊 (wu)")
			.containsExactly("test-a", "913600001583041116");
		assertThat(firstFirms("MATCH (:Chain {id: $key})-[k:FIRM_COUNT]->(:Region {code: $region}) RETURN k.firstFirms AS f",
				"test-copper", "36")).as("a chain's count keeps no first firms").isNull();
		assertFresh();
	}

	@Test
	void anEditedLoadAndPruneKeepThemRight() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		// test-b moves from the zone in 南昌 to 苏州; test-a no longer works in ore; a new firm in 赣州.
		replaceIn("enterprises.csv", "test-b,示例·乙铜箔有限公司,,,,3601Z01", "test-b,示例·乙铜箔有限公司,,,,320505");
		replaceIn("enterprise-segments.csv", "test-a,test-copper/ore,,illustrative,\n", "");
		Files.writeString(this.copy.resolve("enterprises.csv"), "test-e,示例·己新材料有限公司,,,,3607,,,illustrative,\n",
				java.nio.file.StandardOpenOption.APPEND);
		Files.writeString(this.copy.resolve("enterprise-segments.csv"), "test-e,test-copper/wire,主营,illustrative,\n",
				java.nio.file.StandardOpenOption.APPEND);

		this.loader.load(this.copy, new GraphLoader.Options(false, false));

		assertThat(firms("test-copper/processing", "36")).as("test-b left, test-e came").isEqualTo(1);
		assertThat(firms("test-copper/copper-foil", "36")).isZero();
		assertThat(firms("test-copper/copper-foil", "32")).isEqualTo(1);
		assertThat(firms("test-copper/copper-foil", "3601Z01")).isZero();
		assertThat(firms("test-copper/wire", "3607")).isEqualTo(1);
		assertThat(firms("test-copper/ore", "36")).as("without --prune test-a's old link stays").isEqualTo(2);
		assertFresh();

		this.loader.load(this.copy, new GraphLoader.Options(false, true));

		assertThat(firms("test-copper/ore", "36")).isEqualTo(1);
		assertThat(firms("test-copper/upstream", "3601")).as("test-a's only upstream link went").isZero();
		assertThat(chainFirms("test-copper", "36")).as("test-a (cathode), 9136…, test-e").isEqualTo(3);
		assertFresh();
	}

	@Test
	void pruningAFirmTakesItOutOfTheCounts() throws IOException {
		this.loader.load(DataSetLoadTest.SMALL, new GraphLoader.Options(false, false));
		Fixtures.copy(DataSetLoadTest.SMALL, this.copy);
		replaceIn("enterprises.csv", "913600001583041116,示例·戊矿业有限公司,,913600001583041116,,360681,,,illustrative,\n", "");
		replaceIn("enterprise-segments.csv", "913600001583041116,test-copper/ore,主营,illustrative,\n", "");

		this.loader.load(this.copy, new GraphLoader.Options(false, true));

		assertThat(firms("test-copper/ore", "36")).isEqualTo(1);
		assertThat(firms("test-copper/ore", "3606")).isZero();
		assertFresh();
	}

	@Test
	void theDemoDataSet() {
		this.loader.loadShipped(false);

		var check = assertFresh();
		assertThat(check.pairs()).as("counts of the 24 chains' segments in regions").isGreaterThan(1_000);
	}

	private StoredFirmCounts assertFresh() {
		var check = StoredFirmCounts.check(TestNeo4j.driver(), CypherCatalog.standard().query("firmcount/check"));
		assertThat(check.mismatches()).as("stored counts that differ from a fresh count").isEmpty();
		assertThat(check.mismatchCount()).isZero();
		assertThat(check.storedFirms()).isPositive();
		return check;
	}

	private static long firms(String segment, String region) {
		return count("MATCH (:Segment {id: $key})-[k:FIRM_COUNT]->(:Region {code: $region}) RETURN sum(k.firms) AS n",
				segment, region);
	}

	private static long chainFirms(String chain, String region) {
		return count("MATCH (:Chain {id: $key})-[k:FIRM_COUNT]->(:Region {code: $region}) RETURN sum(k.firms) AS n",
				chain, region);
	}

	private static List<Object> firstFirms(String query, String key, String region) {
		try (var session = TestNeo4j.driver().session()) {
			var value = session.run(query, Map.of("key", key, "region", region)).single().get("f");
			return value.isNull() ? null : value.asList();
		}
	}

	private static long count(String query, String key, String region) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(query, Map.of("key", key, "region", region)).single().get("n").asLong();
		}
	}

	private void replaceIn(String file, String from, String to) throws IOException {
		var path = this.copy.resolve(file);
		var text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

}
