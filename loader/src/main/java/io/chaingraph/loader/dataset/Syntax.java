package io.chaingraph.loader.dataset;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Hand-written matchers for the id and code patterns every row of a large file is checked against: the same
 * language as the regular expression (SyntaxTest checks them against each other), five to ten times faster, which
 * counts over millions of rows. Any other pattern is matched by {@link Pattern} itself.
 */
final class Syntax {

	private static final Map<String, Predicate<String>> FAST = Map.of(
			"[a-z0-9][a-z0-9-]{0,99}", v -> slug(v, 0, v.length(), 100),
			"[0-9A-HJ-NPQRTUWXY]{18}|[a-z0-9][a-z0-9-]{0,99}", v -> creditCodeShape(v) || slug(v, 0, v.length(), 100),
			"\\d{2}|\\d{4}|\\d{6}|\\d{4,6}Z\\d{2}|CA-[A-Z]{2,12}", Syntax::regionCode,
			"[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*", Syntax::segmentId);

	private Syntax() {
	}

	/** Whether a whole value matches the pattern. */
	static Predicate<String> matcher(Pattern pattern) {
		var fast = FAST.get(pattern.pattern());
		return fast != null && pattern.flags() == 0 ? fast : v -> pattern.matcher(v).matches();
	}

	/** {@code [a-z0-9][a-z0-9-]*} of at most {@code max} characters, over {@code v[from, to)}. */
	private static boolean slug(String v, int from, int to, int max) {
		if (to <= from || to - from > max || !lowerOrDigit(v.charAt(from))) {
			return false;
		}
		for (int i = from + 1; i < to; i++) {
			char c = v.charAt(i);
			if (!lowerOrDigit(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	/** {@code [0-9A-HJ-NPQRTUWXY]{18}}. */
	private static boolean creditCodeShape(String v) {
		if (v.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			char c = v.charAt(i);
			boolean ok = digit(c) || (c >= 'A' && c <= 'H') || (c >= 'J' && c <= 'N') || c == 'P' || c == 'Q' || c == 'R'
					|| c == 'T' || c == 'U' || c == 'W' || c == 'X' || c == 'Y';
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/** {@code \d{2}|\d{4}|\d{6}|\d{4,6}Z\d{2}|CA-[A-Z]{2,12}}. */
	private static boolean regionCode(String v) {
		int n = v.length();
		if (n >= 5 && v.startsWith("CA-")) {
			if (n - 3 > 12) {
				return false;
			}
			for (int i = 3; i < n; i++) {
				char c = v.charAt(i);
				if (c < 'A' || c > 'Z') {
					return false;
				}
			}
			return true;
		}
		if (n == 2 || n == 4 || n == 6) {
			return digits(v, 0, n);
		}
		return n >= 7 && n <= 9 && v.charAt(n - 3) == 'Z' && digits(v, 0, n - 3) && digits(v, n - 2, n);
	}

	/** {@code [a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*}. */
	private static boolean segmentId(String v) {
		int slash = v.indexOf('/');
		return slash > 0 && slug(v, 0, slash, Integer.MAX_VALUE) && slug(v, slash + 1, v.length(), Integer.MAX_VALUE);
	}

	private static boolean digits(String v, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!digit(v.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean lowerOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || digit(c);
	}

}
