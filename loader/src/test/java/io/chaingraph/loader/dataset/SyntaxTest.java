package io.chaingraph.loader.dataset;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written matchers accept exactly what their regular expressions accept. */
class SyntaxTest {

	@ParameterizedTest
	@ValueSource(strings = { "[a-z0-9][a-z0-9-]{0,99}", "[0-9A-HJ-NPQRTUWXY]{18}|[a-z0-9][a-z0-9-]{0,99}",
			"\\d{2}|\\d{4}|\\d{6}|\\d{4,6}Z\\d{2}|CA-[A-Z]{2,12}", "[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*" })
	void agreesWithTheRegularExpression(String regex) {
		var pattern = Pattern.compile(regex);
		var fast = Syntax.matcher(pattern);
		var random = new SplittableRandom(regex.hashCode());
		// Strings near the language: its own characters, and a few that are not.
		var alphabet = "0123456789azAZ-/CAZIOSV_;.铜 ";
		int accepted = 0;
		for (int i = 0; i < 200_000; i++) {
			var text = new StringBuilder();
			if (random.nextInt(4) == 0) {
				text.append("CA-");
			}
			int length = random.nextInt(i % 50 == 0 ? 110 : 20);
			for (int c = 0; c < length; c++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			var value = text.toString();
			boolean expected = pattern.matcher(value).matches();
			assertThat(fast.test(value)).as("'%s' against %s", value, regex).isEqualTo(expected);
			accepted += expected ? 1 : 0;
		}
		for (var value : new String[] { "36", "3601", "360102", "3601Z01", "360102Z12", "CA-YRD", "syn-000000001",
				"913600001583041116", "jx-copper/ore", "a".repeat(100), "a".repeat(101), "", "CA-", "CA-Y" }) {
			assertThat(fast.test(value)).as("'%s' against %s", value, regex).isEqualTo(pattern.matcher(value).matches());
		}
		assertThat(accepted).as("the sample reaches the language").isPositive();
	}

}
