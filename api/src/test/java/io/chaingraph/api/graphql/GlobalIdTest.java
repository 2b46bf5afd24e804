package io.chaingraph.api.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalIdTest {

	@Test
	void roundTripsBusinessKeysIncludingChinese() {
		for (var id : new GlobalId[] { new GlobalId("Chain", "jx-nonferrous"), new GlobalId("Product", "阴极铜"),
				new GlobalId("Segment", "jx-nonferrous/copper-foil"), new GlobalId("Designation", "CHAIN_LEADER:a:36:b") }) {
			assertThat(GlobalId.decode(id.encode(), id.type())).isEqualTo(id);
			assertThat(id.encode()).doesNotContain("=", "+", "/");
		}
	}

	/** An argument that takes a key or a name takes the ID of its type too; anything else is no ID of it. */
	@Test
	void findsTheKeyInAnIdOfOneTypeAndNothingElse() {
		for (var type : GlobalId.TYPES) {
			for (var key : new String[] { "36", "jx-nonferrous/copper-foil", "阴极铜", "x" }) {
				assertThat(GlobalId.keyIn(GlobalId.of(type, key), type)).as(type + " " + key).isEqualTo(key);
			}
		}
		assertThat(GlobalId.keyIn(GlobalId.of("Chain", "36"), "Region")).isNull();
		for (var text : new String[] { "36", "赣州", "jx-nonferrous", "UmVnaW9uOg", "UmVnaW9uOjM2!", "", null }) {
			assertThat(GlobalId.keyIn(text, "Region")).as(text).isNull();
		}
	}

	@Test
	void refusesIdsItDidNotIssueWithBadInput() {
		for (var bad : new String[] { "", "!!!", "bm90LWEtdHlwZQ", GlobalId.of("Chain", "x").substring(1), "Q2hhaW46" }) {
			assertThatThrownBy(() -> GlobalId.decode(bad, null)).isInstanceOfSatisfying(ApiException.class,
					ex -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_INPUT));
		}
		assertThatThrownBy(() -> GlobalId.decode(GlobalId.of("Chain", "x"), "Region")).hasMessageContaining("ID 类型不符");
		// The types' names as English has them: an enterprise(id:) given a chain's ID, a chain(id:) an industry's.
		assertThatThrownBy(() -> GlobalId.decode(GlobalId.of("Chain", "x"), "Enterprise"))
			.hasMessageContaining("is a Chain, not an Enterprise");
		assertThatThrownBy(() -> GlobalId.decode(GlobalId.of("Industry", "370000"), "Chain"))
			.hasMessageContaining("is an Industry, not a Chain");
		// A key where an ID belongs (node(id: "jx-nonferrous/mining")): the message says where IDs come from.
		assertThatThrownBy(() -> GlobalId.decode("jx-nonferrous/mining", null)).hasMessageContaining("`id` field")
			.hasMessageContaining("segment(key:)");
	}

}
