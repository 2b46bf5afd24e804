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
 * @param rows the rows; cells are strings, numbers or null
 * @param notes label and value pairs for the 说明 sheet
 */
record ExportTable(String sheet, List<String> headers, List<List<Object>> rows, List<List<String>> notes) {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** RFC 4180 CSV in UTF-8 with a byte order mark and CRLF line ends: what Excel opens without asking. */
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
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				value = '"' + value.replace("\"", "\"\"") + '"';
			}
			text.append(value);
		}
		text.append("\r\n");
	}

	/** The table as an .xlsx workbook: the table (bold headers, numbers as numbers), then the 说明 sheet. */
	byte[] xlsx() {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "ChainGraph", "1.0")) {
			var sheet = workbook.newWorksheet(this.sheet);
			for (int c = 0; c < this.headers.size(); c++) {
				sheet.value(0, c, this.headers.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < this.rows.size(); r++) {
				var row = this.rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					var cell = row.get(c);
					if (cell instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (cell != null) {
						sheet.value(r + 1, c, cell.toString());
					}
				}
			}
			sheet.freezePane(0, 1);
			var notes = workbook.newWorksheet("说明");
			for (int r = 0; r < this.notes.size(); r++) {
				var note = this.notes.get(r);
				for (int c = 0; c < note.size(); c++) {
					notes.value(r, c, note.get(c));
				}
				notes.style(r, 0).bold().set();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
