package io.chaingraph.standalone.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.chaingraph.model.cypher.CypherCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApiBenchmarkTest {

	/** On a store with nothing loaded it says what to do and exits 1, where it was a stack trace. */
	@Test
	void onAnEmptyStoreItSaysToLoadDataFirst(@TempDir Path store) throws Exception {
		var err = new ByteArrayOutputStream();
		var original = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(ApiBenchmark.run(new String[] { "--only", "ping", "--seconds", "1", "--warmup", "1",
					"--chaingraph.embedded.data-dir=" + store })).isEqualTo(1);
		}
		finally {
			System.setErr(original);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("load data first", "./chaingraph load --demo",
				"请先导入").doesNotContain("Exception");
	}

	/** --help prints the usage and exits 0, as load's does, where it started the benchmark (here: 1, no data). */
	@Test
	void helpPrintsTheUsageAndRunsNothing(@TempDir Path store) throws Exception {
		var out = new ByteArrayOutputStream();
		var original = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(ApiBenchmark.run(new String[] { "--help", "--chaingraph.embedded.data-dir=" + store })).isZero();
		}
		finally {
			System.setOut(original);
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: bench api").contains("--only", "--baseline",
				"基准测试");
		assertThat(store).isEmptyDirectory();
	}

	@Test
	void everyQuestionAndProbeHasItsCypherFileAndCanBePickedByName() {
		var catalog = CypherCatalog.standard();
		for (var question : ApiBenchmark.QUESTIONS) {
			assertThat(catalog.queryNames()).contains(question.cypher());
		}
		for (var probe : ApiBenchmark.PROBES) {
			assertThat(catalog.queryNames()).contains(probe.cypher());
		}
		assertThat(ApiBenchmark.select("ping, lookup,search")).extracting(ApiBenchmark.Question::name)
			.containsExactly("ping", "lookup", "search");
		assertThat(ApiBenchmark.select("no-such-question")).isNull();
		assertThat(ApiBenchmark.QUESTIONS).extracting(ApiBenchmark.Question::name).doesNotContain("ping", "lookup");
	}

	@Test
	void theApiStatementsBaselineKeepsEachRequestAndSwapsOnlyTheCypherSide() {
		var catalog = CypherCatalog.standard();
		var mix = ApiBenchmark.withApiStatements(ApiBenchmark.select("chain-map,enterprise-profile,upstream-3,search"));
		assertThat(mix).extracting(ApiBenchmark.Question::cypher)
			.containsExactly("chain/map", "enterprise/profile", "traverse/segment-upstream", "search/ranked");
		for (var question : mix) {
			assertThat(catalog.queryNames()).contains(question.cypher());
			var original = ApiBenchmark.select(question.name()).getFirst();
			assertThat(question.graphQl().apply("k")).isEqualTo(original.graphQl().apply("k"));
			assertThat(question.sampleKind()).isEqualTo(original.sampleKind());
		}
		assertThat(mix.get(0).parameters().apply("jx-nonferrous")).containsEntry("key", "jx-nonferrous")
			.containsEntry("segments", true)
			.containsEntry("supplyLinks", true);
		// The first page of 20 (the schema's default) and one firm more, to tell whether a next page exists.
		assertThat(mix.get(1).parameters().apply("600362-sh")).containsEntry("customersLimit", 21)
			.containsEntry("suppliersLimit", 21)
			.containsEntry("customersAfter", null)
			.containsEntry("designations", true);
		assertThat(mix.get(2).parameters().apply("jx-nonferrous/copper-foil")).containsEntry("hops", 3)
			.containsEntry("key", "jx-nonferrous/copper-foil")
			.containsEntry("region", null);
		assertThat(mix.get(3).parameters().apply("铜箔")).containsEntry("text", "铜箔").containsEntry("limit", 20);
		var overview = ApiBenchmark.withApiStatements(ApiBenchmark.select("gap-overview")).getFirst();
		assertThat(overview.cypher()).isEqualTo("gap/overview");
		assertThat(overview.parameters().apply("36|jx-nonferrous")).containsEntry("region", "36")
			.containsEntry("policyOnly", false);
		assertThat(ApiBenchmark.select("gap-overview").getFirst().graphQl().apply("36|jx-nonferrous"))
			.contains("chainGapOverview(region: \"36\")");
		assertThat(ApiBenchmark.withApiStatements(ApiBenchmark.select("search,chain-gaps")))
			.as("chain gaps take several statements").isNull();
	}

	@Test
	void cpuPerQuestionIsTheProcessCpuOverTheAnswersOfEachSide() {
		var line = ApiBenchmark.cpuPerOperation(3_000_000_000L, 1_000, 1_000_000_000L, 1_000);
		assertThat(line.strip()).isEqualTo("CPU per question (load generator, service and Neo4j in this process): "
				+ "API 3.00 ms, Cypher 1.00 ms, API/Cypher 3.00");
		assertThat(ApiBenchmark.cpuPerOperation(1, 0, 1, 1)).as("no answers, no figure").isEmpty();
	}

	@Test
	void theReportHasARowPerQuestionAndOneForTheWholeMix() {
		var api = Map.of("lookup", List.of(2_000_000L, 4_000_000L));
		var direct = Map.of("lookup", List.of(1_000_000L, 2_000_000L));
		var report = ApiBenchmark.report(new java.util.LinkedHashMap<>(api), new java.util.LinkedHashMap<>(direct), 1);
		assertThat(report).contains("| lookup | 2.0 | 2.00 | 4.00 | 4.00 | 2.0 | 1.00 | 2.00 | 2.00 | 2.00 | 2.00 |")
			.contains("| **whole mix** |");
	}

}
