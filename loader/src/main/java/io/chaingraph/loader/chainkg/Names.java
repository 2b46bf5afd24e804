package io.chaingraph.loader.chainkg;

import java.util.regex.Pattern;

/** Names as the data set writes them, made fit to be keys: some hold line breaks or tabs, or blanks around. */
final class Names {

	// A break with the blanks next to it becomes one space: "天然维生素\nE系列" reads as "天然维生素 E系列".
	private static final Pattern BREAKS = Pattern.compile("\\s*[\\r\\n\\t\\x0B\\f\\u0085\\u2028\\u2029]+\\s*");

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");

	private Names() {
	}

	/** The name stripped, each run of line breaks and tabs (with blanks next to it) turned into one space. */
	static String clean(String raw) {
		return BREAKS.matcher(raw).replaceAll(" ").strip();
	}

	/** Whether the name holds a quotation mark of any kind. */
	static boolean hasQuotes(String name) {
		return QUOTES.matcher(name).find();
	}

	/** The name quoted for a report line, with line breaks and tabs made visible. */
	static String show(String raw) {
		return "'" + raw.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
	}

}
