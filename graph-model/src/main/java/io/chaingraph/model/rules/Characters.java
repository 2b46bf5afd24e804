package io.chaingraph.model.rules;

import java.util.Set;

/**
 * Characters nobody can see in a value: control characters, and zero-width or other format characters that come
 * along when a name is copied from a web page, a PDF or a Word file. In a name or a code they make two firms of one
 * (江西铜业 with a zero-width space is not 江西铜业 to an index or a join), and a control character breaks a CSV line
 * or an Excel cell; so they are refused with where they are, not stored. Line breaks and tabs pass only where a value
 * may span lines (a quote, a description); in a one-line value (Alt+Enter in an Excel cell) they are refused too.
 */
public final class Characters {

	/** What a value with such a character was expected to be. */
	public static final String EXPECTED = "text without invisible characters (请删除不可见字符)";

	/** The fields of prose, which may span lines: a quote, a target's text, a chain's or segment's description. */
	private static final Set<String> PROSE = Set.of("quote", "text", "description");

	private Characters() {
	}

	/** {@link #hidden(String, boolean)} for a field by its name: line breaks and tabs only in prose. */
	public static String hiddenIn(String field, String value) {
		return hidden(value, PROSE.contains(field));
	}

	/**
	 * The first character nobody can see in the value, named with its place, or null when there is none.
	 * @param lineBreaks whether line breaks and tabs belong in the value
	 */
	public static String hidden(String value, boolean lineBreaks) {
		if (value == null) {
			return null;
		}
		int place = 0;
		for (int i = 0; i < value.length(); i++) {
			char unit = value.charAt(i);
			place++;
			if ((unit >= 0x20 && unit < 0x7F) || (unit >= 0x4E00 && unit <= 0x9FFF)) {
				continue; // the common case, ASCII and the main block of 汉字: a bulk load checks ~20 million cells
			}
			int c = unit;
			if (Character.isHighSurrogate(unit) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				c = Character.toCodePoint(unit, value.charAt(++i));
			}
			var name = name(c, lineBreaks);
			if (name != null) {
				return name + " at character " + place + " (第 " + place + " 个字符处)";
			}
		}
		return null;
	}

	/** The words for a character nobody can see, or null for any other. */
	private static String name(int c, boolean lineBreaks) {
		if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
			return lineBreaks ? null : "a line break (换行)";
		}
		if (c == '\t') {
			return lineBreaks ? null : "a tab (制表符)";
		}
		return switch (c) {
			case 0x200B -> "a zero-width space " + hex(c) + " (零宽空格)";
			case 0xFEFF -> "a byte-order mark " + hex(c) + " (BOM)";
			default -> switch (Character.getType(c)) {
				case Character.CONTROL -> "the control character " + hex(c) + " (控制字符)";
				case Character.FORMAT -> "the invisible character " + hex(c) + " (不可见字符)";
				default -> null; // a visible character: ·, （, é …
			};
		};
	}

	private static String hex(int c) {
		return String.format("U+%04X", c);
	}

}
