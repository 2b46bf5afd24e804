package io.chaingraph.model.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharactersTest {

	@Test
	void whatAPersonCanSeePasses() {
		assertThat(Characters.hidden("江西铜业股份有限公司", false)).isNull();
		assertThat(Characters.hidden("Ganfeng Lithium（赣锋）·甲 𠀀", false)).as("ASCII, full-width, a supplementary character").isNull();
		assertThat(Characters.hidden("第一句。\n第二句。\t", true)).as("prose keeps its lines").isNull();
		assertThat(Characters.hidden(null, false)).isNull();
	}

	@Test
	void onlyProseFieldsMaySpanLines() {
		for (var prose : new String[] { "quote", "text", "description" }) {
			assertThat(Characters.hiddenIn(prose, "第一句。\n第二句。")).as(prose).isNull();
		}
		for (var line : new String[] { "name", "id", "source", "aliases" }) {
			assertThat(Characters.hiddenIn(line, "第一句。\n第二句。")).as(line).startsWith("a line break");
		}
		assertThat(Characters.hiddenIn("quote", "句\u200b")).as("no field may hide a character").contains("U+200B");
	}

	@Test
	void eachHiddenCharacterIsNamedWithItsPlace() {
		assertThat(Characters.hidden("江西\u200b铜业", false)).isEqualTo("a zero-width space U+200B (零宽空格) at character 3 (第 3 个字符处)");
		assertThat(Characters.hidden("江西铜业\ufeff", false)).startsWith("a byte-order mark U+FEFF (BOM) at character 5");
		assertThat(Characters.hidden("江西\n铜业", false)).startsWith("a line break (换行) at character 3");
		assertThat(Characters.hidden("江西\t铜业", false)).startsWith("a tab (制表符) at character 3");
		assertThat(Characters.hidden("𠀀\u0000", false)).as("places count characters, not UTF-16 units")
			.isEqualTo("the control character U+0000 (控制字符) at character 2 (第 2 个字符处)");
		assertThat(Characters.hidden("句\u0007", true)).as("a control character is no line break")
			.startsWith("the control character U+0007");
		assertThat(Characters.hidden("a\u2060b", true)).startsWith("the invisible character U+2060 (不可见字符)");
		assertThat(Characters.hidden("a\u2028b", false)).as("Unicode's line separator").startsWith("a line break");
	}

}
