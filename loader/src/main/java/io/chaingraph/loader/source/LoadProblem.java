package io.chaingraph.loader.source;

/**
 * One thing wrong with an input, said so a person can find and fix it.
 *
 * @param file the input file as the user named it
 * @param line the 1-based line where the record starts, 0 when the problem concerns the whole file
 * @param field the column or field name, or null
 * @param expected what was expected, in words
 * @param found what was found
 */
public record LoadProblem(String file, int line, String field, String expected, String found) {

	/** {@code areas.csv:12 字段 code: expected …, found …}. */
	@Override
	public String toString() {
		var where = new StringBuilder(this.file);
		if (this.line > 0) {
			where.append(':').append(this.line);
		}
		if (this.field != null) {
			where.append(" 字段 ").append(this.field);
		}
		return where + ": expected " + this.expected + ", found " + this.found;
	}

}
