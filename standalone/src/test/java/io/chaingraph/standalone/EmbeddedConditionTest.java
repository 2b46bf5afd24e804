package io.chaingraph.standalone;

import io.chaingraph.standalone.embedded.OnEmbeddedNeo4j.EmbeddedCondition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedConditionTest {

	@Test
	void embeddedUnlessNeo4jUriIsSetOrTheSwitchSaysOtherwise() {
		assertThat(EmbeddedCondition.embedded(null, null)).isTrue();
		assertThat(EmbeddedCondition.embedded(null, "")).isTrue();
		assertThat(EmbeddedCondition.embedded(null, "bolt://db:7687")).isFalse();
		assertThat(EmbeddedCondition.embedded("true", "bolt://db:7687")).isTrue();
		assertThat(EmbeddedCondition.embedded("false", null)).isFalse();
	}

}
