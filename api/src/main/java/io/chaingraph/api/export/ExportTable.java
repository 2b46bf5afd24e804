package io.chaingraph.api.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/**
 * A table to download: a sheet name, Chinese headers, rows of text and numbers, and notes (what was asked, where the
 * numbers come from) that the .xlsx carries on a second sheet.
 *
 * @param sheet the sheet name
 * @param headers the column headers
 * @param rows the rows; cells are strings, numbers or null (a {@link java.math.BigDecimal} keeps its decimals)
 * @param notes label and value pairs for the 说明 sheet
 */
record ExportTable(String sheet, List<String> headers, List<List<Object>> rows, List<List<String>> notes) {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * A cell of a tree (a segment under its parent): its text alone, indented by the workbook's cell style, not by
	 * leading spaces, which broke Excel's filters and VLOOKUP on the name (the depth has its own column). A CSV has
	 * no styles: the text alone.
	 */
	record Indented(String text, int level) {

		@Override
		public String toString() {
			return this.text;
		}

	}

	/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
	private static final String FORMULA_START = "=+-@\t\r";

	/**
	 * RFC 4180 CSV in UTF-8 with a byte order mark and CRLF line ends: what Excel opens without asking. A text cell
	 * that starts like a formula gets a leading {@code '}, so that opening the file runs nothing; the .xlsx needs
	 * none (its cells are typed).
	 */
	byte[] csv() {
		var text = new StringBuilder();
		line(text, this.headers);
		this.rows.forEach(row -> line(text, row));
		var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		var out = new byte[BOM.length + bytes.length];
		System.arraycopy(BOM, 0, out, 0, BOM.length);
		System.arraycopy(bytes, 0, out, BOM.length, bytes.length);
		return out;
	}

	private static void line(StringBuilder text, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			var cell = cells.get(i);
			var value = cell == null ? "" : cell.toString();
			if (!(cell instanceof Number) && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
				// Excel runs a CSV cell that starts like a formula (=HYPERLINK(…) in a firm's name): text stays text
				value = "'" + value;
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				value = '"' + value.replace("\"", "\"\"") + '"';
			}
			text.append(value);
		}
		text.append("\r\n");
	}

	/**
	 * The table as an .xlsx workbook: the table (bold headers, numbers as numbers, a filter on the header row, each
	 * column as wide as its widest cell, longer cells wrapped), then the 说明 sheet.
	 */
	byte[] xlsx() {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "ChainGraph", "1.0")) {
			var sheet = workbook.newWorksheet(this.sheet);
			var widths = new int[this.headers.size()];
			for (int c = 0; c < this.headers.size(); c++) {
				sheet.value(0, c, this.headers.get(c));
				sheet.style(0, c).bold().set();
				widths[c] = displayWidth(this.headers.get(c));
			}
			for (int r = 0; r < this.rows.size(); r++) {
				var row = this.rows.get(r);
				var cellWidths = displayWidths(row);
				boolean wraps = fitRow(sheet, r + 1, cellWidths);
				for (int c = 0; c < row.size(); c++) {
					var cell = row.get(c);
					if (cell instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (cell != null) {
						sheet.value(r + 1, c, cell.toString());
					}
					if (c < widths.length) {
						widths[c] = Math.max(widths[c], cellWidths[c]);
					}
					style(sheet, r + 1, c, cellWidths[c], false, wraps, cell instanceof Indented i ? i.level() : 0,
							decimals(cell));
				}
			}
			fit(sheet, widths);
			sheet.freezePane(0, 1);
			if (!this.headers.isEmpty()) {
				// 招商 teams sort and filter the table in Excel or WPS first (断点 only, one province): one click less
				sheet.setAutoFilter(0, 0, this.headers.size() - 1);
			}
			var notes = workbook.newWorksheet("说明");
			var noteWidths = new int[this.notes.stream().mapToInt(List::size).max().orElse(0)];
			for (int r = 0; r < this.notes.size(); r++) {
				var note = this.notes.get(r);
				var cellWidths = displayWidths(note);
				boolean wraps = fitRow(notes, r, cellWidths);
				for (int c = 0; c < note.size(); c++) {
					notes.value(r, c, note.get(c));
					noteWidths[c] = Math.max(noteWidths[c], cellWidths[c]);
					style(notes, r, c, cellWidths[c], c == 0, wraps, 0, null);
				}
			}
			fit(notes, noteWidths);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Widest a column gets: a longer cell (a 补链 reason list, a long note) wraps onto more lines rather than make a
	 * column wider than the screen, or show only its start beside a filled cell.
	 */
	static final int MAX_WIDTH = 60;

	/** Points a line of wrapped text takes: Excel's row at the default 11-point font (15) and room for 汉字 glyphs. */
	static final double LINE_HEIGHT = 15.75;

	/**
	 * Makes a row with a cell wider than {@link #MAX_WIDTH} as tall as that cell's wrapped lines, and says whether
	 * it has one. The height is written: LibreOffice (7.4, measured) keeps a row without one at a single line, and
	 * shows only each wrapped cell's start. Lines are counted a little short of the column, for breaks at spaces.
	 */
	private static boolean fitRow(org.dhatim.fastexcel.Worksheet sheet, int r, int[] cellWidths) {
		int lines = java.util.Arrays.stream(cellWidths).map(ExportTable::lines).max().orElse(1);
		if (lines > 1) {
			sheet.rowHeight(r, Math.min(lines * LINE_HEIGHT, 409)); // 409 points: the most a row may be
		}
		return lines > 1;
	}

	/** The lines a cell {@code width} wide takes in a column {@link #MAX_WIDTH} wide: one unless it is wider. */
	private static int lines(int width) {
		return width <= MAX_WIDTH ? 1 : (width + MAX_WIDTH - 3) / (MAX_WIDTH - 2);
	}

	/** Each cell's {@link #displayWidth}, 0 for an empty one: measured once, for the column, the row and the wrap. */
	private static int[] displayWidths(List<?> cells) {
		// An indent level takes about three characters' width in Excel and WPS.
		return cells.stream().mapToInt(cell -> cell == null ? 0
				: displayWidth(cell.toString()) + (cell instanceof Indented i ? 3 * i.level() : 0)).toArray();
	}

	/**
	 * The number format of a decimal cell: a {@link java.math.BigDecimal} shows its decimals as the CSV does (区位熵
	 * 1.30, 0.00), where the workbook's General format showed 1.3 and 0; null for any other cell.
	 */
	private static String decimals(Object cell) {
		return cell instanceof java.math.BigDecimal d && d.scale() > 0 ? "0." + "0".repeat(d.scale()) : null;
	}

	/**
	 * A cell's look: bold (a note's label); indented (a segment under its parent); a number format (decimals); in a
	 * row with a cell wider than {@link #MAX_WIDTH}, that cell wraps and every cell of the row sits at the top, beside
	 * the wrapped text's first line.
	 */
	private static void style(org.dhatim.fastexcel.Worksheet sheet, int r, int c, int cellWidth, boolean bold,
			boolean rowWraps, int indent, String format) {
		if (!bold && !rowWraps && indent == 0 && format == null) {
			return;
		}
		var style = sheet.style(r, c);
		if (bold) {
			style.bold();
		}
		if (format != null) {
			style.format(format);
		}
		if (indent > 0) {
			style.indent(indent);
		}
		if (rowWraps) {
			style.verticalAlignment("top").wrapText(lines(cellWidth) > 1);
		}
		style.set();
	}

	/**
	 * Sets each column's width to its widest cell, in Excel's units (one per Latin character; a Chinese character
	 * takes two), at most {@link #MAX_WIDTH}. A spreadsheet opens with columns about 8 wide: a firm's name or a
	 * segment's was cut off at four characters until widened by hand, column by column.
	 */
	private static void fit(org.dhatim.fastexcel.Worksheet sheet, int[] widths) {
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, Math.min(MAX_WIDTH, Math.max(6, widths[c] + 2)));
		}
	}

	/** How many Latin-character widths a text takes: East Asian wide characters (汉字, full-width forms) take two. */
	static int displayWidth(String text) {
		return text.codePoints().map(ExportTable::width).sum();
	}

	private static int width(int codePoint) {
		var script = Character.UnicodeScript.of(codePoint);
		boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| codePoint >= 0x3000 && codePoint <= 0x303F // 、。「」【】 and the ideographic space
				|| codePoint >= 0xFF01 && codePoint <= 0xFF60 // ，：；（）％ full-width forms
				|| codePoint >= 0xFFE0 && codePoint <= 0xFFE6;
		return wide ? 2 : 1;
	}

}
