package io.chaingraph.loader.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The rows of the sheet of an Excel workbook ({@code .xlsx}, as Excel and WPS save it) that holds the table, each as
 * the texts of its cells, with the sheet's row number: what a person sees in the spreadsheet is what the checks see. A
 * number is taken as the sheet stores it ({@code 3601}, {@code 1979}, {@code 0.35}; a code the spreadsheet turned into
 * {@code 9.1360000158304102E+17} stays so, for the checks to refuse rather than to accept the wrong digits), a date
 * as {@code YYYY-MM-DD}, a formula as its last computed value; a formula the workbook holds no value of reads as an
 * empty cell, and is named by {@link #uncomputed()} for the checks to refuse.
 * <p>
 * The table is on the first visible sheet whose name does not mark it as notes: offices send workbooks with a
 * 填表说明 sheet before the data, a 说明 sheet after it, and the lists behind drop-down cells (下拉列表) on a hidden
 * sheet, none of which the person filling in the table sees as data. Data on any other visible sheet is refused, not
 * passed over.
 */
final class SheetRecords implements AutoCloseable {

	/** Excel's built-in date and time formats (ECMA-376, 18.8.30). */
	private static final Pattern BUILT_IN_DATE = Pattern.compile("1[4-9]|2[0-2]|4[5-7]");

	/** Literal text ("…", \x) and [colour]/[locale] sections of a format, which say nothing about its being a date. */
	private static final Pattern NOT_A_CODE = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

	/** How long a formula may be in a message before it is cut short. */
	private static final int FORMULA_SHOWN = 60;

	private final String name;

	private final ReadableWorkbook workbook;

	/** The name of the sheet read. */
	private final String sheet;

	/** The sheets passed over, each named with why: {@code '填表说明' (notes)}, {@code '选项' (hidden)}. */
	private final List<String> passedOver = new ArrayList<>();

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private int row;

	/** The formulas without a computed value in the row {@link #next()} returned last, by the cell's position. */
	private Map<Integer, String> uncomputed = Map.of();

	/**
	 * Opens the workbook at its table's sheet.
	 * @param isNote whether a sheet's name marks it as notes, passed over as hidden sheets are; null for none
	 */
	SheetRecords(String name, Path file, Predicate<String> isNote) {
		this.name = name;
		try {
			this.workbook = open(file);
			Sheet data = null;
			var others = new ArrayList<String>();
			for (var sheet : this.workbook.getSheets().toList()) {
				if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
					this.passedOver.add("'" + sheet.getName() + "' (hidden)");
				}
				else if (isNote != null && isNote.test(sheet.getName().strip())) {
					this.passedOver.add("'" + sheet.getName() + "' (notes)");
				}
				else if (data == null) {
					data = sheet;
				}
				else if (hasAnything(sheet)) {
					others.add(sheet.getName());
				}
			}
			if (data == null) {
				this.workbook.close();
				throw new LoadException(List.of(new LoadProblem(name, 0, null,
						"the table on a visible sheet whose name does not mark it as notes (说明, 示例, 备注 …)",
						"only sheets passed over: " + String.join(", ", this.passedOver)
								+ " (没有数据工作表：可见的工作表都是说明页，请把数据放在名称不含“说明”“示例”的工作表上)")));
			}
			if (!others.isEmpty()) {
				this.workbook.close();
				throw new LoadException(List.of(new LoadProblem(name, 0, null,
						"the table on one sheet, the first visible one not named as notes: '" + data.getName()
								+ "' (只读取一个工作表：「" + data.getName() + "」)",
						"data on the sheets " + others + " as well: move it to '" + data.getName()
								+ "' or into a file of its own; a sheet of notes is passed over when its name says so"
								+ " (说明, 填表说明, 示例, 备注 …) (其他工作表也有数据：请移到「" + data.getName()
								+ "」或另存为单独的文件；说明页请以“说明”命名)")));
			}
			this.sheet = data.getName();
			this.stream = data.openStream();
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

	/** Whether a cell of the sheet holds anything: a value, or a formula not yet computed. */
	private static boolean hasAnything(Sheet sheet) throws IOException {
		try (var rows = sheet.openStream()) {
			return rows.anyMatch(r -> r.stream().anyMatch(c -> c != null && (!text(c).isBlank() || uncomputed(c))));
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

	/**
	 * The next row's cells as text, "" for an empty cell and for a formula without a computed value
	 * ({@link #uncomputed()}); null after the last row.
	 */
	List<String> next() {
		if (!this.rows.hasNext()) {
			return null;
		}
		var next = this.rows.next();
		this.row = next.getRowNum();
		this.uncomputed = Map.of();
		var cells = new ArrayList<String>(next.getCellCount());
		for (int i = 0; i < next.getCellCount(); i++) {
			var cell = next.getCell(i);
			if (cell != null && uncomputed(cell)) {
				if (this.uncomputed.isEmpty()) {
					this.uncomputed = new HashMap<>();
				}
				this.uncomputed.put(i, formula(cell));
			}
			cells.add(cell == null ? "" : text(cell));
		}
		return cells;
	}

	/** The sheet's number of the row {@link #next()} returned last, 1 for the first. */
	int row() {
		return this.row;
	}

	/**
	 * The cells of the row {@link #next()} returned last that hold a formula but no value computed from it, by their
	 * position, each as its formula and address: {@code =VLOOKUP(B5,选项!A:B,2,FALSE) in C5}. A program writing a
	 * workbook (or Excel with calculation set to manual) may leave the value out; what the cell would show is unknown.
	 */
	Map<Integer, String> uncomputed() {
		return this.uncomputed;
	}

	/** The name of the sheet the rows are read from. */
	String sheet() {
		return this.sheet;
	}

	/** The sheets passed over, hidden or named as notes, each with why: {@code '填表说明' (notes)}. */
	List<String> passedOver() {
		return List.copyOf(this.passedOver);
	}

	/** Whether the cell holds a formula but no value computed from it (an empty text is a value: ="" computes one). */
	private static boolean uncomputed(Cell cell) {
		return cell.getType() == CellType.FORMULA && cell.getRawValue() == null;
	}

	private static String formula(Cell cell) {
		var formula = "=" + cell.getFormula();
		if (formula.length() > FORMULA_SHOWN) {
			formula = formula.substring(0, FORMULA_SHOWN) + "…";
		}
		return formula + " in " + cell.getAddress();
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case EMPTY -> "";
			case NUMBER -> isDate(cell) ? date(cell) : cell.getRawValue();
			case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
			case STRING -> cell.asString();
			// A formula's value as last computed ("" when there is none: uncomputed() names it), an error as the sheet
			// shows it (#N/A): the checks say what is wrong.
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
