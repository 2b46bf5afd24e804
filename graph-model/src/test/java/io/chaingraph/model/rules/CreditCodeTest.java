package io.chaingraph.model.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

	@Test
	void aValidCodePasses() {
		assertThat(CreditCode.problem("91360000705511526U")).isNull();
	}

	@Test
	void aCharacterOutsideTheAlphabetIsNamedWithItsPlace() {
		// Z is not in the alphabet (no I, O, S, V, Z): "an 18-character code" sent a person through all 18.
		assertThat(CreditCode.problem("91360725MA35Z00010"))
			.isEqualTo("a 统一社会信用代码 of digits and upper-case letters without I, O, S, V, Z (character 13 is 'Z';"
					+ " 第 13 位“Z”不可用)");
		// A letter in lower case is the letter: said so.
		assertThat(CreditCode.problem("91360000705511526u".substring(0, 10) + "a" + "5511526U".substring(1)))
			.contains("(character 11 is 'a': upper case; 第 11 位“a”应为大写字母)");
	}

	@Test
	void aTypoIsCaughtByTheCheckCharacter() {
		assertThat(CreditCode.problem("91360000705511527U")).contains("校验位应为");
		assertThat(CreditCode.problem("9136000070551152")).contains("found 16 characters");
	}

}
