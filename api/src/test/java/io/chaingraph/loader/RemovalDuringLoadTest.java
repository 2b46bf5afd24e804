package io.chaingraph.loader;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.CurationLocks;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.testsupport.StoredFirmCounts;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator removes things through the API while a load of a data set that lists them runs: each removal commits
 * after the load read the removals from the audit trail and before it writes the firm, the link or the designation
 * (the load's own progress calls the curator in, when it begins writing rows, and waits for the five commits). The
 * load does not bring them back: it reads the removals again before its commit, takes out what it wrote of them and
 * names them as it names those made before it began.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class RemovalDuringLoadTest {

	private static final String SOURCE = "file:核查记录-2026-11.pdf";

	@Autowired
	TestRestTemplate http;

	@Test
	@SuppressWarnings("unchecked")
	void aRemovalCommittedWhileTheLoadWritesStaysRemovedAndIsNamed() throws Exception {
		new GraphLoader(TestNeo4j.driver()).loadShipped(false);
		var designation = (String) ((List<Map<String, Object>>) ((Map<String, Object>) mutate(
				"{ enterprise(key: \"demo-gz-magnet-01\") { designations { id } } }").get("enterprise"))
			.get("designations")).getFirst().get("id");
		var before = graph();
		var removals = List.of("""
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "demo-nc-copperfoil-01",
				  segment: "jx-nonferrous/copper-foil", source: "%s"}) { audit { at } } }""".formatted(SOURCE), """
				mutation { unlinkEnterpriseFromProduct(input: {enterprise: "demo-gz-magnet-01", product: "粘结钕铁硼磁体",
				  source: "%s"}) { audit { at } } }""".formatted(SOURCE), """
				mutation { removeSupplyRelation(input: {supplier: "demo-gz-magnet-01", customer: "demo-gz-emotor-01",
				  source: "%s"}) { audit { at } } }""".formatted(SOURCE), """
				mutation { revokeDesignation(input: {id: "%s", source: "%s"}) { audit { at } } }""".formatted(designation,
				SOURCE), """
				mutation { removeEnterprise(input: {enterprise: "demo-yt-enamel-01", source: "%s"}) { audit { at } } }"""
			.formatted(SOURCE));
		var removed = new java.util.concurrent.atomic.AtomicBoolean();
		// In the load's transaction, after it read the removals and before it writes the data set's first row (the
		// built-in regions are current: the load writes none of them first): the curator's five changes, each in a
		// transaction of its own, committed before the load goes on. Later, the load holds the segments, chains and
		// regions it wrote, and a removal of a link to one waits for its commit.
		var progress = Progress.silent(phase -> {
			if (!removed.getAndSet(true)) {
				assertThat(phase).isEqualTo("Region");
				CompletableFuture.runAsync(() -> removals.forEach(this::mutate)).orTimeout(30, TimeUnit.SECONDS).join();
			}
		});

		var reload = new GraphLoader(TestNeo4j.driver(), progress).loadShipped(false);

		assertThat(removed).as("the curator's changes ran during the load").isTrue();
		assertThat(reload.removals()).as("named as those removed before the load began").containsExactly(
				"designations.csv: " + GlobalId.decode(designation, "Designation").key(),
				"enterprise-products.csv: demo-gz-magnet-01 → 粘结钕铁硼磁体",
				"enterprise-segments.csv: demo-nc-copperfoil-01 → jx-nonferrous/copper-foil",
				"enterprises.csv: demo-yt-enamel-01", "supply-relations.csv: demo-gz-magnet-01 → demo-gz-emotor-01");
		assertThat(reload.render()).contains("Kept removed: 5 things", "unlinkEnterpriseFromSegment by test-editor",
				"removeEnterprise by test-editor", "revokeDesignation by test-editor", "未导入");
		var after = graph();
		assertThat(after.get("firms")).as("the removed firm stayed out").isEqualTo(before.get("firms") - 1);
		assertThat(after.get("designations")).as("the revoked designation stayed out")
			.isEqualTo(before.get("designations") - 1);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("""
					RETURN EXISTS { (:Enterprise {id: 'demo-nc-copperfoil-01'})-[:OPERATES_IN]->(:Segment {id: 'jx-nonferrous/copper-foil'}) } AS segment,
					       EXISTS { (:Enterprise {id: 'demo-gz-magnet-01'})-[:MAKES]->(:Product {name: '粘结钕铁硼磁体'}) } AS product,
					       EXISTS { (:Enterprise {id: 'demo-gz-magnet-01'})-[:SUPPLIES_TO]->(:Enterprise {id: 'demo-gz-emotor-01'}) } AS customer,
					       EXISTS { (:Enterprise {id: 'demo-yt-enamel-01'}) } AS firm""").single().asMap())
				.as("nothing the curator removed came back")
				.isEqualTo(Map.of("segment", false, "product", false, "customer", false, "firm", false));
		}
		assertThat(reload.counts().get("OPERATES_IN").created()).as("nothing written back is counted as created")
			.isZero();
		assertThat(reload.counts().get("OPERATES_IN").skipped()).as("the segment link and the removed firm's")
			.isEqualTo(2);
		assertThat(reload.counts().get("SUPPLIES_TO").skipped()).as("the removed relation and the removed firm's two")
			.isEqualTo(3);
		assertThat(reload.counts().get("Enterprise").created()).isZero();
		assertThat(reload.counts().get("Enterprise").skipped()).isEqualTo(1);
		var check = StoredFirmCounts.check(TestNeo4j.driver(), CypherCatalog.standard().query("firmcount/check"));
		assertThat(check.mismatches()).as("stored counts that differ from a fresh count").isEmpty();
		var trail = (Map<String, Object>) mutate("""
				{ auditTrail(filter: {entity: "demo-nc-copperfoil-01"}, first: 1) { nodes { mutation actor } } }""")
			.get("auditTrail");
		assertThat((List<Map<String, Object>>) trail.get("nodes")).as("the trail's last word on the firm: the removal")
			.containsExactly(Map.of("mutation", "unlinkEnterpriseFromSegment", "actor", "test-editor"));
	}

	/**
	 * A removal sent after the load read the trail again, last: it waits for the load's commit (Neo4j says it is
	 * blocked before the load goes on), then takes the link the load wrote. It stays removed, and the load, which
	 * committed before it, does not name it.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aRemovalAfterTheLastReadWaitsForTheLoadAndStands() throws Exception {
		var earlier = new GraphLoader(TestNeo4j.driver()).loadShipped(false).removals();
		var answer = new java.util.concurrent.atomic.AtomicReference<CompletableFuture<Map<String, Object>>>();
		var progress = Progress.silent(phase -> {
			if (phase.equals("removed while loading")) {
				answer.set(CompletableFuture.supplyAsync(() -> new GraphQlClient(this.http).answer("""
						mutation { unlinkEnterpriseFromSegment(input: {enterprise: "601933-sh", segment: "jx-food/retail",
						  source: "%s"}) { audit { at } } }""".formatted(SOURCE), GraphQlClient.EDITOR)));
				CurationLocks.awaitBlocked(answer.get(), "the load");
			}
		});

		var reload = new GraphLoader(TestNeo4j.driver(), progress).loadShipped(false);

		assertThat(reload.removals()).as("committed after the load's: not named").isEqualTo(earlier)
			.noneMatch(removal -> removal.contains("601933-sh"));
		var body = answer.get().get(30, TimeUnit.SECONDS);
		assertThat(body.get("errors")).isNull();
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("""
					RETURN EXISTS { (:Enterprise {id: '601933-sh'})-[:OPERATES_IN]->(:Segment {id: 'jx-food/retail'}) } AS linked""")
				.single().get("linked").asBoolean()).as("the removal stands").isFalse();
		}
	}

	/**
	 * A curator takes a firm out of its segment and then removes the firm, both while the load writes: the load wrote
	 * back the firm and its link, and takes back both. Each removal is named, but the link is one row of
	 * enterprise-segments.csv left out, counted once (it went with the firm), where it was counted twice.
	 */
	@Test
	void aFirmAndItsSegmentLinkRemovedDuringOneLoadCountTheLinkOnce() {
		DemoGraph.restore(); // the other tests' removals gone from the graph and its trail
		var removed = new java.util.concurrent.atomic.AtomicBoolean();
		var progress = Progress.silent(phase -> {
			if (!removed.getAndSet(true)) {
				CompletableFuture.runAsync(() -> List.of("""
						mutation { unlinkEnterpriseFromSegment(input: {enterprise: "demo-yt-enamel-01",
						  segment: "jx-nonferrous/enameled-wire", source: "%s"}) { audit { at } } }""".formatted(SOURCE),
						"""
						mutation { removeEnterprise(input: {enterprise: "demo-yt-enamel-01", source: "%s"}) { audit { at } } }"""
							.formatted(SOURCE))
					.forEach(this::mutate)).orTimeout(30, TimeUnit.SECONDS).join();
			}
		});

		var reload = new GraphLoader(TestNeo4j.driver(), progress).loadShipped(false);

		assertThat(reload.removals()).as("both removals named").containsExactly(
				"enterprise-segments.csv: demo-yt-enamel-01 → jx-nonferrous/enameled-wire",
				"enterprises.csv: demo-yt-enamel-01");
		assertThat(reload.counts().get("OPERATES_IN").skipped()).as("the firm's one segment link, once").isEqualTo(1);
		assertThat(reload.counts().get("OPERATES_IN").created()).isZero();
		assertThat(reload.counts().get("SUPPLIES_TO").skipped()).as("the firm's two relations").isEqualTo(2);
		assertThat(reload.counts().get("Enterprise").skipped()).isEqualTo(1);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("RETURN EXISTS { (:Enterprise {id: 'demo-yt-enamel-01'}) } AS firm").single()
				.get("firm").asBoolean()).as("the firm stayed removed").isFalse();
		}
	}

	/**
	 * {@code --restore-removed} restores the removals recorded before the load, which its user was told of; a removal
	 * a curator commits while that load runs is a later decision nobody asked to undo: it stays removed and is named
	 * as kept, after what was brought back.
	 */
	@Test
	void aRemovalCommittedWhileARestoringLoadWritesStaysRemoved() {
		DemoGraph.restore(); // the other tests' removals gone from the graph and its trail
		mutate("""
				mutation { unlinkEnterpriseFromSegment(input: {enterprise: "demo-nc-copperfoil-01",
				  segment: "jx-nonferrous/copper-foil", source: "%s"}) { audit { at } } }""".formatted(SOURCE));
		var removed = new java.util.concurrent.atomic.AtomicBoolean();
		var progress = Progress.silent(phase -> {
			if (!removed.getAndSet(true)) {
				CompletableFuture.runAsync(() -> mutate("""
						mutation { unlinkEnterpriseFromProduct(input: {enterprise: "demo-gz-magnet-01",
						  product: "粘结钕铁硼磁体", source: "%s"}) { audit { at } } }""".formatted(SOURCE)))
					.orTimeout(30, TimeUnit.SECONDS)
					.join();
			}
		});

		var reload = new GraphLoader(TestNeo4j.driver(), progress)
			.loadShipped(new GraphLoader.Options(false, false, true));

		assertThat(reload.render()).contains(
				"Brought back 1 thing that curation removed through the API, as --restore-removed asked",
				"Kept removed: 1 thing the data set lists",
				"enterprise-products.csv  demo-gz-magnet-01 → 粘结钕铁硼磁体  (unlinkEnterpriseFromProduct")
			.doesNotContain("Brought back 2");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("""
					RETURN EXISTS { (:Enterprise {id: 'demo-nc-copperfoil-01'})-[:OPERATES_IN]->(:Segment {id: 'jx-nonferrous/copper-foil'}) } AS segment,
					       EXISTS { (:Enterprise {id: 'demo-gz-magnet-01'})-[:MAKES]->(:Product {name: '粘结钕铁硼磁体'}) } AS product""")
				.single().asMap()).as("the removal before the load restored, the one during it kept")
				.isEqualTo(Map.of("segment", true, "product", false));
		}
		assertThat(reload.counts().get("MAKES").skipped()).isEqualTo(1);
	}

	private static Map<String, Long> graph() {
		try (var session = TestNeo4j.driver().session()) {
			var record = session.run("""
					RETURN COUNT { (:Enterprise) } AS firms, COUNT { (:Designation) } AS designations""").single();
			return Map.of("firms", record.get("firms").asLong(), "designations", record.get("designations").asLong());
		}
	}

	private Map<String, Object> mutate(String document) {
		return new GraphQlClient(this.http).data(document, GraphQlClient.EDITOR);
	}

}
