package io.chaingraph.loader.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.chaingraph.loader.dataset.DataSet;
import io.chaingraph.loader.dataset.GraphRowSink;
import io.chaingraph.loader.dataset.StreamingDataSet;
import io.chaingraph.loader.region.RegionLevel;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic data set: the same bytes for the same seed, the skew of real registers, and valid input. */
class SyntheticDataSetTest {

	private static final int FIRMS = 2_000;

	@TempDir
	Path temp;

	@Test
	void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
		var first = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 7), this.temp.resolve("a"));
		var second = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 7), this.temp.resolve("b"));
		var other = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 8), this.temp.resolve("c"));

		assertThat(first.id()).isEqualTo("synthetic-7");
		var files = files(first.folder());
		assertThat(files).contains("dataset.yaml", "enterprises.csv", "enterprise-segments.csv", "supply-relations.csv",
				"designations.csv", "chains/syn-c01.yaml", "chains/syn-c40.yaml");
		assertThat(files(second.folder())).isEqualTo(files);
		for (var file : files) {
			assertThat(Files.readAllBytes(second.folder().resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.folder().resolve(file)));
		}
		assertThat(Files.readAllBytes(other.folder().resolve("enterprises.csv")))
			.isNotEqualTo(Files.readAllBytes(first.folder().resolve("enterprises.csv")));
	}

	@Test
	void aFewProvincesAndSegmentsHoldMostFirmsInRealRegions() {
		var summary = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 1), this.temp);
		var regions = RegionReference.shipped();
		var cityOrCounty = regions.stream()
			.filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
			.map(r -> r.code())
			.collect(Collectors.toSet());
		var byProvince = new HashMap<String, Integer>();
		var ids = new java.util.ArrayList<String>();
		for (var row : rows(this.temp.resolve("enterprises.csv"))) {
			assertThat(cityOrCounty).as("a real city or county code").contains(row.get("regionCode"));
			assertThat(row.get("source")).isEqualTo("illustrative");
			assertThat(row.get("creditCode")).as("no real-looking credit code for made-up firms").isNull();
			byProvince.merge(row.get("regionCode").substring(0, 2), 1, Integer::sum);
			ids.add(row.get("id"));
		}
		assertThat(ids).hasSize(FIRMS).startsWith("syn-000000001").endsWith("syn-000002000");

		assertThat(top(byProvince, 3)).as("firms in the 3 largest provinces").isGreaterThan(FIRMS / 2);
		assertThat(byProvince.size()).as("a long tail reaches most provinces").isGreaterThan(20);

		var bySegment = new HashMap<String, Integer>();
		var perFirm = new HashMap<String, Integer>();
		for (var row : rows(this.temp.resolve("enterprise-segments.csv"))) {
			bySegment.merge(row.get("segmentId"), 1, Integer::sum);
			perFirm.merge(row.get("enterpriseId"), 1, Integer::sum);
		}
		assertThat(perFirm).hasSize(FIRMS);
		assertThat(perFirm.values()).allMatch(n -> n >= 1 && n <= 3);
		// Uniform over 1,000+ segments, the 10 largest would hold under 1 %.
		long links = summary.enterpriseSegments();
		assertThat(top(bySegment, 10)).as("links to the 10 largest segments").isGreaterThan((int) (links / 10));
		assertThat(summary.segments()).isBetween(40 * 25, 40 * 40);
	}

	@Test
	void theOutputPassesTheLoadersOwnValidationBothWays() {
		var summary = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 3), this.temp);
		var regions = RegionReference.shipped();

		var inMemory = DataSet.read(this.temp, regions, (space, keys) -> Set.of());
		var streamed = StreamingDataSet.read(this.temp, regions, new GraphRowSink() {

			@Override
			public void declareNodes(String type, String query, String keyProperty) {
			}

			@Override
			public void declareRelationships(String type, String query, String fromLabel, String fromKey,
					String toLabel, String toKey) {
			}

			@Override
			public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
			}

			@Override
			public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel,
					String toKey, Object from, Object to, Map<String, Object> props) {
			}

		});

		assertThat(inMemory.id()).isEqualTo("synthetic-3").isEqualTo(streamed.id());
		assertThat(streamed.rows()).isEqualTo(inMemory.rows().size());
		assertThat(streamed.checksum()).isEqualTo(inMemory.rows().checksum());
		assertThat(streamed.records()).isEqualTo(FIRMS + summary.enterpriseSegments() + summary.supplyRelations()
				+ summary.designations());
	}

	@Test
	void theCommandLineSaysWhatItWroteAndRefusesBadArguments() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = GenerateCommand.run(new String[] { "--enterprises", "1k", "--out", this.temp.toString(), "--seed=5" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("synthetic-5").contains("1,000 enterprises");

		assertThat(GenerateCommand.run(new String[] { "--out", this.temp.toString() }, new PrintStream(out),
				new PrintStream(err))).isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "--enterprises", "lots", "--out", "x" }, new PrintStream(out),
				new PrintStream(err))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--enterprises and --out are required")
			.contains("found 'lots'");
	}

	private static int top(Map<String, Integer> counts, int n) {
		return counts.values().stream().sorted((a, b) -> b - a).limit(n).mapToInt(Integer::intValue).sum();
	}

	private static List<CsvSource.Row> rows(Path file) {
		try (var csv = new CsvSource(file.getFileName().toString(), Files.newInputStream(file))) {
			var rows = new java.util.ArrayList<CsvSource.Row>();
			csv.forEach(rows::add);
			return rows;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> files(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
	}

}
