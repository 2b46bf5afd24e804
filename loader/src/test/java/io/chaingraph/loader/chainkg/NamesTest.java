package io.chaingraph.loader.chainkg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	@Test
	void invisibleCharactersGoAndTheReportShowsWhereTheyWere() {
		// A zero-width space after the name, a byte-order mark before it: to a key, two other products than 碳酸锂.
		assertThat(Names.clean("碳酸锂\u200B")).isEqualTo("碳酸锂");
		assertThat(Names.clean("\uFEFF碳酸锂")).isEqualTo("碳酸锂");
		assertThat(Names.clean("电池级\u0007碳酸锂")).isEqualTo("电池级碳酸锂");
		// The report's example must not read '碳酸锂' → '碳酸锂'.
		assertThat(Names.show("碳酸锂\u200B")).isEqualTo("'碳酸锂\\u200B'");
		assertThat(Names.show("天然维生素\nE系列")).isEqualTo("'天然维生素\\nE系列'");
		// Visible characters stay as they are.
		assertThat(Names.clean("“双碳”光伏组件·一期")).isEqualTo("“双碳”光伏组件·一期");
	}

}
