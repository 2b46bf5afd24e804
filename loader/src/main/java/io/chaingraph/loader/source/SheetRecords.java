package io.chaingraph.loader.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an Excel workbook's first sheet ({@code .xlsx}, as Excel and WPS save it), each as the texts of its
 * cells, with the sheet's row number: what a person sees in the spreadsheet is what the checks see. A number is taken
 * as the sheet stores it ({@code 3601}, {@code 1979}, {@code 0.35}; a code the spreadsheet turned into
 * {@code 9.1360000158304102E+17} stays so, for the checks to refuse rather than to accept the wrong digits), a date
 * as {@code YYYY-MM-DD}, a formula as its last computed value. Data on any other sheet is refused, not passed over.
 */
final class SheetRecords implements AutoCloseable {

	/** Excel's built-in date and time formats (ECMA-376, 18.8.30). */
	private static final Pattern BUILT_IN_DATE = Pattern.compile("1[4-9]|2[0-2]|4[5-7]");

	/** Literal text ("…", \x) and [colour]/[locale] sections of a format, which say nothing about its being a date. */
	private static final Pattern NOT_A_CODE = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

	private final String name;

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private int row;

	SheetRecords(String name, Path file) {
		this.name = name;
		try {
			this.workbook = open(file);
			var others = new ArrayList<String>();
			for (var sheet : this.workbook.getSheets().skip(1).toList()) {
				try (var rows = sheet.openStream()) {
					if (rows.anyMatch(r -> r.stream().anyMatch(c -> c != null && !text(c).isBlank()))) {
						others.add(sheet.getName());
					}
				}
			}
			if (!others.isEmpty()) {
				this.workbook.close();
				throw new LoadException(List.of(new LoadProblem(name, 0, null,
						"the table on the first sheet only (只读取第一个工作表)",
						"data on the sheets " + others + " as well: move it to the first sheet or into a file of its own")));
			}
			this.stream = this.workbook.getFirstSheet().openStream();
			this.rows = this.stream.iterator();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof LoadException load) {
				throw load;
			}
			throw new LoadException(List.of(new LoadProblem(name, 0, null, "an Excel workbook (.xlsx)",
					"a file that does not open as one (" + ex.getMessage() + "; 无法读取的 Excel 文件)")));
		}
	}

	/**
	 * Opens the workbook with its cell formats (to tell dates), or without them when it has none to read: a workbook
	 * written by a program rather than a spreadsheet may leave its styles out.
	 */
	private static ReadableWorkbook open(Path file) throws IOException {
		try {
			return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
		}
		catch (ExcelReaderException ex) {
			return new ReadableWorkbook(file.toFile(), ReadingOptions.DEFAULT_READING_OPTIONS);
		}
	}

	/** The next row's cells as text, "" for an empty cell; null after the last row. */
	List<String> next() {
		if (!this.rows.hasNext()) {
			return null;
		}
		var next = this.rows.next();
		this.row = next.getRowNum();
		var cells = new ArrayList<String>(next.getCellCount());
		for (int i = 0; i < next.getCellCount(); i++) {
			var cell = next.getCell(i);
			cells.add(cell == null ? "" : text(cell));
		}
		return cells;
	}

	/** The sheet's number of the row {@link #next()} returned last, 1 for the first. */
	int row() {
		return this.row;
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case EMPTY -> "";
			case NUMBER -> isDate(cell) ? date(cell) : cell.getRawValue();
			case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
			case STRING -> cell.asString();
			// A formula's value as last computed, an error as the sheet shows it (#N/A): the checks say what is wrong.
			default -> cell.getRawValue() == null ? "" : cell.getRawValue();
		};
	}

	private static boolean isDate(Cell cell) {
		var id = cell.getDataFormatId();
		if (id != null && BUILT_IN_DATE.matcher(id.toString()).matches()) {
			return true;
		}
		var format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		var codes = NOT_A_CODE.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
		return codes.contains("y") || codes.contains("d") || (codes.contains("m") && codes.contains("h"));
	}

	private static String date(Cell cell) {
		var value = cell.asDate();
		return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
	}

	@Override
	public void close() {
		try {
			this.stream.close();
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close " + this.name, ex);
		}
	}

}
