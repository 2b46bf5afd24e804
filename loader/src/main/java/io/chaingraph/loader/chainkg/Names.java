package io.chaingraph.loader.chainkg;

import java.util.regex.Pattern;

/**
 * Names as the data set writes them, made fit to be keys: some hold line breaks or tabs, or blanks around. Characters
 * nobody sees (a zero-width space copied from a web page, a control character) go: 碳酸锂 with one is not 碳酸锂 to a
 * key, and the import, unlike a data set an office keeps, is not the place to send the name back to be fixed.
 */
final class Names {

	// A break with the blanks next to it becomes one space: "天然维生素\nE系列" reads as "天然维生素 E系列".
	private static final Pattern BREAKS = Pattern.compile("\\s*[\\r\\n\\t\\x0B\\f\\u0085\\u2028\\u2029]+\\s*");

	// What Characters refuses in an office's data set: format (zero-width, BOM, direction marks) and control characters.
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]");

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");

	private Names() {
	}

	/**
	 * The name stripped, each run of line breaks and tabs (with blanks next to it) turned into one space, characters
	 * nobody sees removed.
	 */
	static String clean(String raw) {
		return INVISIBLE.matcher(BREAKS.matcher(raw).replaceAll(" ")).replaceAll("").strip();
	}

	/** Whether the name holds a quotation mark of any kind. */
	static boolean hasQuotes(String name) {
		return QUOTES.matcher(name).find();
	}

	/** The name quoted for a report line, with line breaks, tabs and invisible characters made visible (\\u200B). */
	static String show(String raw) {
		var shown = raw.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
		return "'" + INVISIBLE.matcher(shown).replaceAll(m -> String.format("\\\\u%04X", (int) m.group().charAt(0))) + "'";
	}

}
