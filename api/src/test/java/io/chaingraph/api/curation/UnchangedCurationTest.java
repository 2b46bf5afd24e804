package io.chaingraph.api.curation;

import java.util.Map;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change that finds the graph as it would leave it writes nothing: no audit entry, no curation mark, and its payload
 * says {@code changed: false} with no audit entry; a change of any property it sets, a link's included, still writes
 * and records one.
 */
@ApiTest
@ExtendWith(DemoGraph.Changed.class)
class UnchangedCurationTest {

	private static final String LEADER = "CHAIN_LEADER:jx-nonferrous:36:jiangxi-copper-group";

	private static final String FIRM = "unchanged-test-firm";

	@Autowired
	TestRestTemplate http;

	private GraphQlClient client() {
		return new GraphQlClient(this.http);
	}

	/** The payload of a mutation sent with the EDITOR token. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> mutate(String name, String input, String fields) {
		return (Map<String, Object>) client().data("mutation { %s(input: {%s}) { changed audit { key before after } %s } }"
			.formatted(name, input, fields), GraphQlClient.EDITOR).get(name);
	}

	private int entries(String entity) {
		var trail = (Map<?, ?>) client().data("{ auditTrail(filter: {entity: \"%s\"}) { totalCount } }".formatted(entity))
			.get("auditTrail");
		return (Integer) trail.get("totalCount");
	}

	private int allEntries() {
		return (Integer) ((Map<?, ?>) client().data("{ auditTrail { totalCount } }").get("auditTrail")).get("totalCount");
	}

	private static String stored(String cypher, String key) {
		try (var session = TestNeo4j.driver().session()) {
			return String.valueOf(session.run(cypher, Map.of("key", key)).single().get(0).asObject());
		}
	}

	private void unchanged(Map<String, Object> payload) {
		assertThat(payload).containsEntry("changed", false).containsEntry("audit", null);
	}

	/** A change, recorded: its entry's before and after differ, or the trail would say nothing happened. */
	@SuppressWarnings("unchecked")
	private void changed(Map<String, Object> payload) {
		assertThat(payload).containsEntry("changed", true);
		var audit = (Map<String, Object>) payload.get("audit");
		assertThat(audit).isNotNull();
		assertThat(audit.get("after")).as("what the change did, in its entry").isNotEqualTo(audit.get("before"));
	}

	@Test
	void aChainLeaderDesignatedAgainAsItHoldsChangesNothing() {
		// The demo data set's 链主 of 有色金属 in 江西: kind, label, source and nothing else, as designations.csv has it.
		int all = allEntries();
		var again = "enterprise: \"jiangxi-copper-group\", chain: \"jx-nonferrous\", region: \"36\", kind: CHAIN_LEADER, "
				+ "source: \"illustrative\"";
		var payload = mutate("designateEnterprise", again, "designation { id label }");
		unchanged(payload);
		assertThat(payload.get("designation")).isEqualTo(Map.of("id", GlobalId.of("Designation", LEADER), "label", "链主"));
		assertThat(entries(LEADER)).isZero();
		assertThat(allEntries()).isEqualTo(all);
		// Not even the curation mark: a later --prune of the data set treats it as its own, as before.
		assertThat(stored("MATCH (d:Designation {id: $key}) RETURN d.datasets", LEADER)).isEqualTo("[demo]");

		// A year given is a change, recorded once; given again, nothing.
		changed(mutate("designateEnterprise", again + ", year: 2024", "designation { year }"));
		unchanged(mutate("designateEnterprise", again + ", year: 2024", "designation { year }"));
		assertThat(entries(LEADER)).isEqualTo(1);
		assertThat(allEntries()).isEqualTo(all + 1);
	}

	@Test
	void aFirmRestatedAsItIsATagItHasAndLinksAsTheyAreChangeNothing() {
		var firm = "key: \"%s\", name: \"示例·南昌某不变测试有限公司\", regionCode: \"360102\", tags: [\"专精特新\"], "
				+ "source: \"illustrative\"";
		var created = mutate("upsertEnterprise", firm.formatted(FIRM), "created");
		changed(created);
		assertThat(created).containsEntry("created", true);
		var again = mutate("upsertEnterprise", firm.formatted(FIRM), "created enterprise { name tags region { code } }");
		unchanged(again);
		assertThat(again).containsEntry("created", false)
			.containsEntry("enterprise", Map.of("name", "示例·南昌某不变测试有限公司", "tags", java.util.List.of("专精特新"),
					"region", Map.of("code", "360102")));
		// Another region is a change.
		changed(mutate("upsertEnterprise", firm.formatted(FIRM).replace("360102", "360103"), "created"));

		unchanged(mutate("tagEnterprise", "enterprise: \"%s\", add: [\"专精特新\"], source: \"illustrative\"".formatted(FIRM),
				"enterprise { tags }"));
		unchanged(mutate("tagEnterprise", "enterprise: \"600362-sh\", add: [\"上市\"], source: \"illustrative\"",
				"enterprise { tags }"));

		var link = "enterprise: \"%s\", segment: \"jx-nonferrous/copper-foil\", role: \"%s\", source: \"illustrative\"";
		changed(mutate("linkEnterpriseToSegment", link.formatted(FIRM, "主营"), "enterprise { key }"));
		unchanged(mutate("linkEnterpriseToSegment", link.formatted(FIRM, "主营"), "enterprise { key }"));
		// The link's role is a change: written, and recorded with the role before and after ('(主营)' → '(配套)').
		changed(mutate("linkEnterpriseToSegment", link.formatted(FIRM, "配套"), "enterprise { key }"));
		assertThat(stored("MATCH (:Enterprise {id: $key})-[r:OPERATES_IN]->() RETURN r.role", FIRM)).isEqualTo("配套");

		var product = "enterprise: \"%s\", product: \"4.5μm极薄锂电铜箔\", weight: %s, source: \"illustrative\"";
		changed(mutate("linkEnterpriseToProduct", product.formatted(FIRM, "0.5"), "enterprise { key }"));
		unchanged(mutate("linkEnterpriseToProduct", product.formatted(FIRM, "0.5"), "enterprise { key }"));
		changed(mutate("linkEnterpriseToProduct", product.formatted(FIRM, "0.6"), "enterprise { key }"));

		var supply = "supplier: \"%s\", customer: \"600362-sh\", product: \"%s\", source: \"illustrative\"";
		changed(mutate("addSupplyRelation", supply.formatted(FIRM, "铜箔"), "supplier { key }"));
		unchanged(mutate("addSupplyRelation", supply.formatted(FIRM, "铜箔"), "supplier { key }"));
		changed(mutate("addSupplyRelation", supply.formatted(FIRM, "阴极铜"), "supplier { key }"));

		// Every change above that changed something, and nothing else: two upserts, two segment links, two product
		// links, two supply relations.
		assertThat(entries(FIRM)).isEqualTo(8);
	}

}
