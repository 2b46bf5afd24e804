package io.chaingraph.loader.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A CSV file read record by record (RFC 4180: quoted fields may hold commas, quotes and line breaks), with the line
 * each record starts on. Spreadsheets in China save CSV as UTF-8 with or without a BOM, or as GB18030/GBK: the
 * encoding is told from the bytes and reported by {@link #charset()}. {@link #open} also reads the table's sheet of an
 * Excel workbook ({@code .xlsx}) the same way, a record per row with the sheet's row number as its line
 * ({@link SheetRecords}: hidden sheets and sheets of notes are passed over).
 * <p>
 * Lists kept by offices often open with a title ("江西省重点企业名单", 填报单位, 日期) above the header: given the
 * column names it knows, the source takes as header the first row naming two of them, within the first
 * {@value #TITLE_ROWS} rows that have anything in them, and passes over the rows above it when they look like titles
 * (at most {@value #TITLE_CELLS} cells with something in them); a fuller row above the header is refused as data. A column whose header cell
 * is empty is ignored while its cells are; a cell with something in it there is reported ({@code #nameless}).
 */
public final class CsvSource implements Iterable<CsvSource.Row>, AutoCloseable {

	private static final int SNIFF = 64 * 1024;

	/** How many rows with something in them may stand above the header. */
	public static final int TITLE_ROWS = 10;

	/** How many cells with something in them a title row above the header may have. */
	static final int TITLE_CELLS = 3;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final String name;

	/** The CSV text; null when the records come from a sheet. */
	private final Reader reader;

	/** The sheet the records come from; null for CSV. */
	private final SheetRecords sheet;

	/** Read ahead from {@link #reader}: one call per 64 K characters instead of one per character. */
	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private final Charset charset;

	private final List<String> header;

	/** The line (row of a sheet) the header is on. */
	private int headerLine;

	/** The rows above the header that have anything in them: a title, 填报单位, a date. */
	private List<String> titles = List.of();

	/** Rows read while looking for the header, below it: handed out before reading on. */
	private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();

	/** Positions of the header cells that are empty. */
	private int[] nameless = new int[0];

	/** A row read ahead; {@code formulas}: its cells holding a formula without a computed value, by position. */
	private record Ahead(int line, List<String> values, Map<Integer, String> formulas) {
	}

	/** Whether a header cell names a column of the table; null when any header does. */
	private final Predicate<String> isColumn;

	/** Each column's position, shared by every row's fields. */
	private final Map<String, Integer> columns = new HashMap<>();

	/** The header a column is read under when it is not the column's own name ({@link #alias}). */
	private final Map<String, String> labels = new HashMap<>();

	private int line = 1;

	/** One record: its line, and its fields by column name. */
	public record Row(String file, int line, Map<String, String> fields) {

		/** The field, stripped; null when the column is absent or the cell empty. */
		public String get(String column) {
			var value = this.fields.get(column);
			if (value == null) {
				return null;
			}
			var stripped = trimmed(value);
			return stripped.isEmpty() ? null : stripped;
		}

		/**
		 * The formula of the column's cell, with its address ({@code =VLOOKUP(B5,选项!A:B,2,FALSE) in C5}), when the
		 * workbook holds no value computed from it: the cell then reads as empty, though it would not show so.
		 */
		public String uncomputed(String column) {
			return this.fields instanceof Fields cells ? cells.uncomputed(column) : null;
		}

	}

	/**
	 * The value without blanks at either end, the no-break spaces of a name copied from a web page (U+00A0, U+2007,
	 * U+202F) too: {@link String#strip()} keeps those, and 南昌某公司 with one after it was another name.
	 */
	static String trimmed(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && space(value.charAt(start))) {
			start++;
		}
		while (end > start && space(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	private static boolean space(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
	}

	/**
	 * Opens a CSV stream.
	 * @param name the file name to report in errors
	 * @param in the bytes; closed by {@link #close()}
	 * @throws LoadException when the file is empty or in neither UTF-8 nor GB18030
	 */
	public CsvSource(String name, InputStream in) {
		this(name, in, null);
	}

	/**
	 * Opens a CSV stream whose header may stand below a title.
	 * @param isColumn whether a header cell names a column of the table; null to take the first row as the header
	 */
	public CsvSource(String name, InputStream in, Predicate<String> isColumn) {
		this.name = name;
		this.sheet = null;
		this.isColumn = isColumn;
		try {
			var pushback = new PushbackInputStream(in, SNIFF);
			var head = pushback.readNBytes(SNIFF);
			pushback.unread(head);
			if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				pushback.skipNBytes(3);
				this.charset = StandardCharsets.UTF_8;
			}
			else {
				this.charset = sniff(name, head);
			}
			var decoder = this.charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			this.reader = new InputStreamReader(pushback, decoder);
			this.header = header(isColumn);
		}
		catch (CharacterCodingException ex) {
			throw notInCharset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

	private CsvSource(String name, SheetRecords sheet, Predicate<String> isColumn) {
		this.name = name;
		this.reader = null;
		this.sheet = sheet;
		this.isColumn = isColumn;
		this.charset = StandardCharsets.UTF_8; // the encoding of the workbook's XML
		try {
			this.header = header(isColumn);
		}
		catch (IOException ex) {
			sheet.close();
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
		catch (RuntimeException ex) {
			sheet.close();
			throw ex;
		}
	}

	/**
	 * Opens a CSV file, or the first sheet of an Excel workbook when the name ends in {@code .xlsx}.
	 * @param name the file name to report in errors
	 * @throws LoadException when the file is empty, in no known encoding, or not a workbook
	 */
	public static CsvSource open(String name, Path file) throws IOException {
		return open(name, file, null, null);
	}

	/**
	 * Opens a CSV file or workbook whose header may stand below a title.
	 * @param isColumn whether a header cell names a column of the table; null to take the first row as the header
	 * @param isNoteSheet whether a workbook's sheet is, by its name, notes to pass over (填表说明); null for none
	 */
	public static CsvSource open(String name, Path file, Predicate<String> isColumn, Predicate<String> isNoteSheet)
			throws IOException {
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			return new CsvSource(name, new SheetRecords(name, file, isNoteSheet), isColumn);
		}
		return new CsvSource(name, Files.newInputStream(file), isColumn);
	}

	/**
	 * Finds the header: the first row that names two columns, within the first {@value #TITLE_ROWS} rows with anything
	 * in them; else (no predicate, or no such row) the first of them. The rows read past it wait in {@link #ahead}.
	 */
	private List<String> header(Predicate<String> isColumn) throws IOException {
		var rows = new ArrayList<Ahead>();
		int found = -1;
		while (found < 0 && rows.size() <= TITLE_ROWS) {
			var row = readRow();
			if (row == null) {
				break;
			}
			if (!blank(row.values())) {
				rows.add(row);
				if (isColumn == null || names(row.values(), isColumn) >= 2) {
					found = rows.size() - 1;
				}
			}
		}
		if (rows.isEmpty()) {
			throw new LoadException(List.of(new LoadProblem(this.name, 0, null, "a header line naming the columns",
					"an empty file (空文件)")));
		}
		found = Math.max(found, 0);
		for (var above : rows.subList(0, found)) {
			// A title has a cell or a few (the title, 填报单位, 日期); a row with more is data, not passed over.
			int filled = filled(above.values());
			if (filled > TITLE_CELLS) {
				throw new LoadException(List.of(new LoadProblem(this.name, above.line(), null,
						"the header first, or only a title above it (at most " + TITLE_CELLS + " cells a row)",
						filled + " cells above the header on line " + rows.get(found).line()
								+ " (表头上方有数据行：请删除，或移到表头下方)")));
			}
		}
		this.headerLine = rows.get(found).line();
		var formulas = rows.get(found).formulas();
		if (!formulas.isEmpty()) {
			throw new LoadException(List.of(new LoadProblem(this.name, this.headerLine, null,
					"the columns' names in the header", uncomputed(formulas.values().iterator().next()))));
		}
		this.titles = rows.subList(0, found).stream()
			.map(title -> String.join(" ", title.values().stream().map(String::strip).filter(v -> !v.isEmpty()).toList()))
			.toList();
		this.ahead.addAll(rows.subList(found + 1, rows.size()));
		var names = rows.get(found).values().stream().map(CsvSource::headerName).toList();
		var empty = new ArrayList<Integer>();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).isEmpty()) {
				empty.add(i);
			}
			else {
				this.columns.put(names.get(i), i);
			}
		}
		this.nameless = empty.stream().mapToInt(Integer::intValue).toArray();
		return names;
	}

	private static int filled(List<String> cells) {
		int count = 0;
		for (var cell : cells) {
			if (!cell.isBlank()) {
				count++;
			}
		}
		return count;
	}

	private static int names(List<String> cells, Predicate<String> isColumn) {
		int count = 0;
		for (var cell : cells) {
			if (isColumn.test(headerName(cell))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * A header cell as a column name: without the spaces and line breaks inside it, which a spreadsheet user types
	 * to wrap a long header (统一社会\n信用代码, 企业 名称) and which no column name has.
	 */
	static String headerName(String cell) {
		var name = new StringBuilder(cell.length());
		cell.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(name::appendCodePoint);
		return name.toString();
	}

	/** The next record with the line (row of a sheet) it starts on, or null at the end. */
	private Ahead readRow() throws IOException {
		if (this.sheet != null) {
			var values = this.sheet.next();
			return values == null ? null : new Ahead(this.sheet.row(), values, this.sheet.uncomputed());
		}
		int start = this.line;
		var values = readRecord();
		return values == null ? null : new Ahead(start, values, Map.of());
	}

	/**
	 * What to say of a cell holding a formula without a computed value: which, where, and how to get its value.
	 * @param formula the formula and its cell, as {@link SheetRecords#uncomputed()} gives them
	 */
	public static String uncomputed(String formula) {
		return "the formula " + formula + " without a computed value (the workbook was written by a program, or saved with"
				+ " calculation set to manual): open it in Excel or WPS and save it, then load it again"
				+ " (公式尚未计算出结果：请在 Excel 或 WPS 中打开并保存后再载入)";
	}

	/**
	 * Whether a cell of these formulas without a computed value stands under a column of the table: their row is
	 * then not blank, whatever the rest of it holds (a 序号 column of =ROW()-3 does not make a row).
	 */
	private boolean readsAny(Map<Integer, String> formulas) {
		for (int i : formulas.keySet()) {
			if (i < this.header.size() && !this.header.get(i).isEmpty()
					&& (this.isColumn == null || this.isColumn.test(this.header.get(i)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How a person finds a column in a spreadsheet: its number and, as Excel and WPS head it, its letter.
	 * @param index the column's position from 0
	 */
	public static String column(int index) {
		var letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return "column " + (index + 1) + " (" + letters + ")";
	}

	/** The name of the workbook's sheet read; null for CSV. */
	public String sheetName() {
		return this.sheet == null ? null : this.sheet.sheet();
	}

	/**
	 * The workbook's sheets passed over, hidden or named as notes, each with why: {@code '填表说明' (notes)},
	 * {@code '选项' (hidden)}; none for CSV.
	 */
	public List<String> sheetsPassedOver() {
		return this.sheet == null ? List.of() : this.sheet.passedOver();
	}

	/** The encoding the file was read in. */
	public Charset charset() {
		return this.charset;
	}

	/** The column names of the header line. */
	public List<String> header() {
		return this.header;
	}

	/** The line (row of a sheet) the header is on: 1, unless it stands below blank lines or a title. */
	public int headerLine() {
		return this.headerLine;
	}

	/** How many rows with something in them stand above the header (a title, 填报单位, a date), passed over. */
	public int titleRows() {
		return this.titles.size();
	}

	/** What the rows passed over above the header say, each row's cells joined by a space. */
	public List<String> titles() {
		return this.titles;
	}

	/** The file name as given. */
	public String name() {
		return this.name;
	}

	/**
	 * Reads a column under another header, as the file writes it (企业名称 for {@code name}), when the header does not
	 * name the column itself.
	 */
	public void alias(String column, String written) {
		var index = this.columns.get(written);
		if (index != null && !this.columns.containsKey(column)) {
			this.columns.put(column, index);
			this.labels.put(column, written);
		}
	}

	/** The header the column is read under in this file: its own name, or the name given to {@link #alias}. */
	public String label(String column) {
		return this.labels.getOrDefault(column, column);
	}

	/** Whether the header names the column, itself or through {@link #alias}. */
	public boolean has(String column) {
		return this.columns.containsKey(column);
	}

	/** Adds a problem for each required column the header lacks. */
	public void requireColumns(List<String> required, Consumer<LoadProblem> problems) {
		for (var column : required) {
			if (!this.columns.containsKey(column)) {
				problems.accept(new LoadProblem(this.name, this.headerLine, column, "a column named '" + column + "' (缺少列)",
						"columns " + this.header));
			}
		}
	}

	@Override
	public Iterator<Row> iterator() {
		return new Iterator<>() {

			private Row next = advance();

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public Row next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				var current = this.next;
				this.next = advance();
				return current;
			}

		};
	}

	private Row advance() {
		try {
			while (true) {
				int start;
				List<String> values;
				Map<Integer, String> formulas = Map.of();
				var read = this.ahead.poll();
				if (read != null) {
					start = read.line();
					values = read.values();
					formulas = read.formulas();
				}
				else {
					start = this.line;
					values = this.sheet != null ? this.sheet.next() : readRecord();
					if (values == null) {
						return null;
					}
					if (this.sheet != null) {
						start = this.sheet.row();
						formulas = this.sheet.uncomputed();
					}
				}
				if (blank(values) && (formulas.isEmpty() || !readsAny(formulas))) {
					continue; // a blank line, or a row of empty cells (spreadsheets save those where cells were cleared)
				}
				var cells = new String[this.header.size()];
				for (int i = 0; i < cells.length && i < values.size(); i++) {
					cells[i] = values.get(i);
				}
				String extra = null;
				String padded = null;
				if (values.size() > this.header.size()) {
					// Empty cells past the header hold nothing to lose (a spreadsheet saves them for a column used
					// further down); a cell with something in it is reported. In a CSV, empty ones are remembered: when
					// the row has problems, an unquoted comma in a value (南昌某公司,南昌分公司) is the likely cause,
					// the last cell pushed past the header being empty.
					var beyond = values.subList(this.header.size(), values.size());
					extra = blank(beyond) ? null : String.join(",", beyond);
					padded = extra == null && this.sheet == null ? String.valueOf(beyond.size()) : null;
				}
				String unnamed = null;
				for (int i : this.nameless) {
					if (cells[i] != null && !cells[i].isBlank()) {
						unnamed = "'" + cells[i].strip() + "' in " + column(i);
						break;
					}
				}
				var fields = new Fields(this.header, this.columns, cells, extra, padded, unnamed, formulas);
				return new Row(this.name, start, fields);
			}
		}
		catch (CharacterCodingException ex) {
			throw notInCharset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.name, ex);
		}
	}

	private LoadException notInCharset() {
		return new LoadException(List.of(new LoadProblem(this.name, this.line, null,
				"text in " + this.charset.name() + " throughout the file",
				"bytes that are not " + this.charset.name() + " (文件编码不一致)")));
	}

	/** One record's fields, or null at the end; counts lines, including those inside quoted fields. */
	private List<String> readRecord() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		var values = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int quoteLine = 0;
		while (true) {
			if (quoted) {
				if (c == -1) {
					// Named at the line the quote opens on: the end of the file is where nobody would look
					var column = this.header != null && values.size() < this.header.size() ? this.header.get(values.size())
							: null;
					int last = field.toString().endsWith("\n") ? this.line - 1 : this.line;
					throw new LoadException(List.of(new LoadProblem(this.name, quoteLine, column,
							"a closing quote \" for the field whose quote opens on this line",
							"none up to the end of the file, line " + last + " (引号未闭合：第 " + quoteLine
									+ " 行的引号直到文件末尾仍未闭合，其后各行都被读成了这一格)")));
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
				quoteLine = this.line;
			}
			else if (c == ',') {
				values.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n' || c == -1) {
				values.add(stripCr(field));
				if (c == '\n') {
					this.line++;
				}
				return values;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	/** The next character, or -1 at the end. */
	private int read() throws IOException {
		if (this.position == this.limit) {
			int read = this.reader.read(this.buffer, 0, this.buffer.length);
			if (read <= 0) {
				return -1;
			}
			this.position = 0;
			this.limit = read;
		}
		return this.buffer[this.position++];
	}

	/**
	 * One record's fields by column name, in header order, then {@code #extra} for cells beyond the header,
	 * {@code #padded} for how many empty cells a CSV row has beyond it, and {@code #nameless} for the first cell with
	 * something in it under an empty header cell: a view over the record's cells and the file's column positions, so
	 * that a record costs no map of its own. A sheet's cells holding a formula without a computed value are told by
	 * {@link #uncomputed}.
	 */
	private static final class Fields extends AbstractMap<String, String> {

		private final List<String> header;

		private final Map<String, Integer> columns;

		private final String[] cells;

		private final String extra;

		private final String padded;

		private final String nameless;

		private final Map<Integer, String> formulas;

		Fields(List<String> header, Map<String, Integer> columns, String[] cells, String extra, String padded,
				String nameless, Map<Integer, String> formulas) {
			this.header = header;
			this.columns = columns;
			this.cells = cells;
			this.extra = extra;
			this.padded = padded;
			this.nameless = nameless;
			this.formulas = formulas;
		}

		/** The formula of the column's cell and its address when it has no computed value, else null. */
		String uncomputed(String column) {
			if (this.formulas.isEmpty()) {
				return null;
			}
			var index = this.columns.get(column);
			return index == null ? null : this.formulas.get(index);
		}

		@Override
		public String get(Object key) {
			if ("#extra".equals(key)) {
				return this.extra;
			}
			if ("#padded".equals(key)) {
				return this.padded;
			}
			if ("#nameless".equals(key)) {
				return this.nameless;
			}
			var index = this.columns.get(key);
			return index == null ? null : this.cells[index];
		}

		@Override
		public boolean containsKey(Object key) {
			if ("#extra".equals(key)) {
				return this.extra != null;
			}
			if ("#padded".equals(key)) {
				return this.padded != null;
			}
			if ("#nameless".equals(key)) {
				return this.nameless != null;
			}
			return this.columns.containsKey(key);
		}

		@Override
		public Set<Entry<String, String>> entrySet() {
			var entries = new LinkedHashMap<String, String>();
			for (int i = 0; i < this.header.size(); i++) {
				if (!this.header.get(i).isEmpty()) {
					entries.put(this.header.get(i), this.cells[this.columns.get(this.header.get(i))]);
				}
			}
			if (this.extra != null) {
				entries.put("#extra", this.extra);
			}
			if (this.padded != null) {
				entries.put("#padded", this.padded);
			}
			if (this.nameless != null) {
				entries.put("#nameless", this.nameless);
			}
			return Collections.unmodifiableSet(entries.entrySet());
		}

	}

	/** Whether every cell is empty or spaces; a loop, since it runs for every record of a bulk load. */
	private static boolean blank(List<String> cells) {
		for (var cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String stripCr(StringBuilder field) {
		int length = field.length();
		return length > 0 && field.charAt(length - 1) == '\r' ? field.substring(0, length - 1) : field.toString();
	}

	private static Charset sniff(String name, byte[] head) {
		if (decodes(head, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(head, GB18030)) {
			return GB18030;
		}
		throw new LoadException(List.of(new LoadProblem(name, 0, null, "UTF-8 or GB18030/GBK text",
				"bytes in neither (无法识别的文件编码); save the file as 'CSV UTF-8' in Excel or WPS, or convert it with"
						+ " iconv -f <encoding> -t UTF-8")));
	}

	private static boolean decodes(byte[] head, Charset charset) {
		// The sniffed window may end inside a multi-byte character: drop up to three trailing bytes and retry.
		for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
			try {
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
				return true;
			}
			catch (CharacterCodingException ex) {
				if (head.length < SNIFF) {
					return false;
				}
			}
		}
		return false;
	}

	@Override
	public void close() {
		if (this.sheet != null) {
			this.sheet.close();
			return;
		}
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
