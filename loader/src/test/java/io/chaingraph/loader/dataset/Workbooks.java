package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.chaingraph.loader.source.CsvSource;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;

/** Excel workbooks for the tests, written as a spreadsheet program would save what a person typed. */
final class Workbooks {

	private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,9}(\\.\\d+)?");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/**
	 * A cell holding a formula, with the value a spreadsheet computed from it; {@code computed} null for none, as a
	 * program writes a formula (the fastexcel writer among them).
	 */
	record Formula(String formula, String computed) {

		static Formula uncomputed(String formula) {
			return new Formula(formula, null);
		}

	}

	/** A sheet of a workbook: its name, whether it is hidden, and its rows from row 1. */
	record Sheet(String name, VisibilityState visibility, List<List<Object>> rows) {

		static Sheet visible(String name, List<List<Object>> rows) {
			return new Sheet(name, VisibilityState.VISIBLE, rows);
		}

	}

	private Workbooks() {
	}

	/**
	 * The CSV file as a workbook: header and rows on the first sheet, short numbers (3601, 1979, 0.35) as numbers and
	 * dates as dates, as Excel turns them when typed; everything else, long codes included, as text.
	 */
	static void fromCsv(Path csv, Path xlsx) throws IOException {
		write(xlsx, List.of(rows(csv)));
	}

	/** The CSV file's header and rows as a sheet's, cells as {@link #fromCsv} writes them. */
	static List<List<Object>> rows(Path csv) throws IOException {
		var rows = new ArrayList<List<Object>>();
		try (var source = CsvSource.open(csv.getFileName().toString(), csv)) {
			rows.add(List.copyOf(source.header()));
			for (var record : source) {
				var row = new ArrayList<Object>();
				for (var column : source.header()) {
					row.add(cell(record.get(column)));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * Lines of a CSV file without quoted cells as a workbook, row for row, titles above the header and all: what
	 * Excel shows when such a file is opened and saved as .xlsx.
	 */
	static void fromLines(List<String> lines, Path xlsx) throws IOException {
		var rows = new ArrayList<List<Object>>();
		for (var line : lines) {
			rows.add(java.util.Arrays.stream(line.split(",", -1)).map(text -> cell(text.isEmpty() ? null : text)).toList());
		}
		write(xlsx, List.of(rows));
	}

	/** A cell as Excel turns typed text: short numbers (3601, 1979, 0.35) to numbers, dates to dates. */
	private static Object cell(String text) {
		return text == null ? null : SHORT_NUMBER.matcher(text).matches() ? number(text)
				: DATE.matcher(text).matches() ? (Object) LocalDate.parse(text) : text;
	}

	/**
	 * A workbook as a program rather than a spreadsheet writes it: one sheet of inline strings, no styles, no shared
	 * strings, only the parts the format requires. A {@link Formula} cell is written with its computed value as text
	 * (Excel's {@code t="str"}), or without one.
	 */
	static void writeBare(Path xlsx, List<? extends List<?>> rows) throws IOException {
		var sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < rows.get(r).size(); c++) {
				sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append('"');
				if (rows.get(r).get(c) instanceof Formula formula) {
					sheet.append(formula.computed() == null ? "><f>" : " t=\"str\"><f>").append(formula.formula()).append("</f>")
						.append(formula.computed() == null ? "" : "<v>" + formula.computed() + "</v>").append("</c>");
				}
				else {
					sheet.append(" t=\"inlineStr\"><is><t>").append(rows.get(r).get(c)).append("</t></is></c>");
				}
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		var relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
		var officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
			entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" Type=\""
					+ officeDocument + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
					+ officeDocument + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" Type=\""
					+ officeDocument + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
	}

	private static void entry(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new java.util.zip.ZipEntry(name));
		zip.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Whole numbers as whole numbers, which a sheet stores without a decimal point (1979, not 1979.0). */
	private static Number number(String text) {
		return text.contains(".") ? (Number) Double.valueOf(text) : (Number) Long.valueOf(text);
	}

	/** A workbook of these sheets, named Sheet1, Sheet2 …, each a list of rows from row 1; a null cell stays empty. */
	static void write(Path xlsx, List<List<List<Object>>> sheets) throws IOException {
		var named = new ArrayList<Sheet>();
		for (var rows : sheets) {
			named.add(Sheet.visible("Sheet" + (named.size() + 1), rows));
		}
		writeSheets(xlsx, named);
	}

	/**
	 * A workbook of these sheets, in this order; a null cell stays empty, a {@link Formula} is written as the fastexcel
	 * writer writes one, without a computed value.
	 */
	static void writeSheets(Path xlsx, List<Sheet> sheets) throws IOException {
		try (var out = Files.newOutputStream(xlsx)) {
			var workbook = new Workbook(out, "ChainGraph tests", "1.0");
			for (var sheet : sheets) {
				var worksheet = workbook.newWorksheet(sheet.name());
				worksheet.setVisibilityState(sheet.visibility());
				for (int r = 0; r < sheet.rows().size(); r++) {
					var row = sheet.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						switch (row.get(c)) {
							case null -> {
							}
							case Formula f when f.computed() == null -> worksheet.formula(r, c, f.formula());
							case Formula f -> throw new IllegalArgumentException("the writer saves no computed value: " + f);
							case Number n -> worksheet.value(r, c, n);
							case LocalDate d -> {
								worksheet.value(r, c, d);
								worksheet.style(r, c).format("yyyy-mm-dd").set();
							}
							default -> worksheet.value(r, c, row.get(c).toString());
						}
					}
				}
			}
			workbook.finish();
		}
	}

}
