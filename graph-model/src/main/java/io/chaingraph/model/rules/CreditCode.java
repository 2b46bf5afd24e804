package io.chaingraph.model.rules;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet, the
 * last a check character over the first 17. A typo in one character almost always breaks the check.
 */
public final class CreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** Null when {@code code} is a valid credit code, else what is wrong with it in words. */
	public static String problem(String code) {
		if (code.length() != 18) {
			return "an 18-character 统一社会信用代码 (found " + code.length() + " characters)";
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = code.charAt(i);
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				// Which character, where: an 18-character code that "is not one" sends a person through all 18.
				boolean lower = ALPHABET.indexOf(Character.toUpperCase(c)) >= 0;
				return "a 统一社会信用代码 of digits and upper-case letters without I, O, S, V, Z (character " + (i + 1)
						+ " is '" + c + "'" + (lower ? ": upper case" : "") + "; 第 " + (i + 1) + " 位“" + c + "”"
						+ (lower ? "应为大写字母" : "不可用") + ")";
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check) == code.charAt(17) ? null
				: "a 统一社会信用代码 whose last character checks (校验位应为 " + ALPHABET.charAt(check) + ")";
	}

}
