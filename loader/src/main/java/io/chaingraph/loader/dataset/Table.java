package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.chaingraph.loader.source.CsvSource;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.rules.Characters;
import io.chaingraph.model.rules.Slips;

/**
 * The schema of one CSV file of a data set: its columns and key. Reading checks every cell against its column and
 * reports every problem of the file, not just the first; references to other records are checked later, across
 * files, by {@link DataSet}.
 *
 * @param file the file name within the data set folder
 * @param key the columns whose values together identify a record (a duplicate is an error)
 * @param columns every column the file may have; {@code source} and {@code quote} are added to all
 * @param defines the kind of key the file's one key column defines for references from other files, or null
 * @param unique the columns no two records may share a value of (an empty cell shares nothing)
 */
public record Table(String file, List<String> key, List<Column> columns, KeySpace defines, List<UniqueColumn> unique) {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Table.class);

	/** Between the values of a list cell: a semicolon, ASCII or full-width. */
	public static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");

	public static Table of(String file, List<String> key, Column... columns) {
		var all = new ArrayList<>(Arrays.asList(columns));
		all.add(Column.text("source").required());
		all.add(Column.text("quote"));
		return new Table(file, key, List.copyOf(all), null, List.of());
	}

	/** The name of the table as an Excel workbook, read when there is no CSV file: {@code enterprises.xlsx}. */
	public String sheetFile() {
		return this.file.substring(0, this.file.length() - ".csv".length()) + ".xlsx";
	}

	/** The same table, its key column defining keys of this kind that other files refer to. */
	public Table defining(KeySpace space) {
		return new Table(this.file, this.key, this.columns, space, this.unique);
	}

	/** The same table, no two of its records sharing a value of these columns. */
	public Table unique(UniqueColumn... columns) {
		return new Table(this.file, this.key, this.columns, this.defines, List.of(columns));
	}

	/** Columns a person may add for their own notes without the loader complaining; 序号 numbers the rows of a list. */
	private static boolean note(String header) {
		return DataSetFiles.isNote(header) || header.equals("note") || header.equals("序号");
	}

	/** The headers a column may be read under: its own name, then its Chinese names. */
	private List<String> headers(Column column) {
		var headers = new ArrayList<String>();
		headers.add(column.name());
		headers.addAll(Tables.chineseHeaders(this, column.name()));
		return headers;
	}

	/**
	 * Reports each column the header names more than once, itself or by its Chinese names (企业名称 and 名称): which
	 * cells to read would be a guess, and the others would be dropped without a word.
	 * @return whether there was one
	 */
	private boolean twice(CsvSource csv, Consumer<LoadProblem> problems) {
		boolean any = false;
		for (var column : this.columns) {
			var written = headers(column);
			var at = new ArrayList<String>();
			for (int i = 0; i < csv.header().size(); i++) {
				var header = csv.header().get(i);
				if (written.stream().anyMatch(w -> w.equalsIgnoreCase(header))) {
					at.add("'" + csv.header().get(i) + "' in " + CsvSource.column(i));
				}
			}
			if (at.size() > 1) {
				any = true;
				problems.accept(new LoadProblem(csv.name(), csv.headerLine(), column.name(), "one column for " + column.name(),
						String.join(" and ", at) + " (列名重复：同一字段只能有一列，请删除或合并)"));
			}
		}
		return any;
	}

	/**
	 * Reads the file from the folder; a missing file reads as no rows.
	 * @param problems receives every problem found
	 * @param refused learns the keys of the records refused, and whether the whole file was
	 */
	public List<Row> read(Path folder, Consumer<LoadProblem> problems, Refused refused) {
		var rows = new ArrayList<Row>();
		var seen = new HashMap<List<Object>, Integer>();
		var holders = new HashMap<UniqueColumn, Map<Object, Row>>();
		scan(folder, problems, refused, row -> {
			var key = this.key.stream().map(row::value).toList();
			var first = seen.putIfAbsent(key, row.line());
			if (first != null) {
				problems.accept(duplicate(row, key, first));
				return;
			}
			for (var column : this.unique) {
				var value = row.value(column.column());
				var holder = value == null ? null
						: holders.computeIfAbsent(column, c -> new HashMap<>()).putIfAbsent(value, row);
				if (holder != null) {
					problems.accept(column.takenInFile(this, row, holder));
				}
			}
			rows.add(row);
		});
		return rows;
	}

	/**
	 * Reads the file record by record, with the same checks and messages as {@link #read}, handing every valid row to
	 * {@code rows} and keeping none: memory does not grow with the file but for 8 bytes per key and per value of a
	 * unique column. Duplicates are found by a 64-bit hash of the key (or value) and confirmed, with the line of the
	 * first use, by a second read of the file that happens only when a hash repeats. A duplicate row is handed on too; the duplicate is reported.
	 * @param problems receives every problem found
	 * @param refused learns the keys of the records refused, and whether the whole file was
	 * @return the number of valid rows
	 */
	public long stream(Path folder, Consumer<LoadProblem> problems, Refused refused, Consumer<Row> rows) {
		var hashes = new LongSet();
		var repeated = new LongSet();
		var valueHashes = new HashMap<UniqueColumn, LongSet>();
		var repeatedValues = new HashMap<UniqueColumn, LongSet>();
		for (var column : this.unique) {
			valueHashes.put(column, new LongSet());
			repeatedValues.put(column, new LongSet());
		}
		long[] count = { 0 };
		scan(folder, problems, refused, row -> {
			long hash = hash(this.key, row);
			if (!hashes.add(hash)) {
				repeated.add(hash);
			}
			for (var column : this.unique) {
				if (row.value(column.column()) != null && !valueHashes.get(column).add(hash(column.asKey(), row))) {
					repeatedValues.get(column).add(hash(column.asKey(), row));
				}
			}
			count[0]++;
			rows.accept(row);
		});
		if (repeated.size() > 0 || repeatedValues.values().stream().anyMatch(r -> r.size() > 0)) {
			// Rare: find the real duplicates among the rows whose hash repeats, and where each was first used.
			var firstLines = new HashMap<List<Object>, Integer>();
			var holders = new HashMap<UniqueColumn, Map<Object, Row>>();
			scan(folder, p -> {
			}, new Refused(), row -> {
				if (repeated.contains(hash(this.key, row))) {
					var key = this.key.stream().map(row::value).toList();
					var first = firstLines.putIfAbsent(key, row.line());
					if (first != null) {
						problems.accept(duplicate(row, key, first));
						return; // as read() does: a repeated record is one problem, whatever else it repeats
					}
				}
				for (var column : this.unique) {
					var value = row.value(column.column());
					if (value != null && repeatedValues.get(column).contains(hash(column.asKey(), row))) {
						var holder = holders.computeIfAbsent(column, c -> new HashMap<>()).putIfAbsent(value, row);
						if (holder != null) {
							problems.accept(column.takenInFile(this, row, holder));
						}
					}
				}
			}, false);
		}
		return count[0];
	}

	private LoadProblem duplicate(Row row, List<Object> key, int first) {
		return new LoadProblem(row.file(), row.line(), String.join("+", this.key), "a key used once per file (编号重复)",
				key + ", already on line " + first);
	}

	/** A 64-bit hash of the row's values of these columns (FNV-1a over the values' text, then a finalising mix). */
	private static long hash(List<String> columns, Row row) {
		long h = 0xcbf29ce484222325L;
		for (var column : columns) {
			var text = String.valueOf(row.value(column));
			for (int i = 0; i < text.length(); i++) {
				h = (h ^ text.charAt(i)) * 0x100000001b3L;
			}
			h = (h ^ 0xFFFF) * 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		return h ^ (h >>> 33);
	}

	/** Reads every record of the file, reporting header and cell problems, handing each valid row on. */
	private void scan(Path folder, Consumer<LoadProblem> problems, Refused refused, Consumer<Row> rows) {
		scan(folder, problems, refused, rows, true);
	}

	/** {@code tell}: whether to say what was passed over (not again when the file is read a second time). */
	private void scan(Path folder, Consumer<LoadProblem> problems, Refused refused, Consumer<Row> rows, boolean tell) {
		var name = Files.exists(folder.resolve(this.file)) ? this.file : sheetFile();
		var path = folder.resolve(name);
		if (!Files.exists(path)) {
			return;
		}
		var known = new ArrayList<String>();
		this.columns.forEach(column -> known.addAll(headers(column)));
		var knownAnyCase = known.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
		try (var csv = CsvSource.open(name, path, h -> knownAnyCase.contains(h.toLowerCase(java.util.Locale.ROOT)),
				DataSetFiles::isNoteSheet)) {
			for (var column : this.columns) {
				for (var chinese : Tables.chineseHeaders(this, column.name())) {
					csv.alias(column.name(), chinese);
				}
				// Name, RegionCode, REGIONCODE: the column, whatever the case (a header is rarely typed otherwise).
				for (var header : csv.header()) {
					if (!header.equals(column.name()) && header.equalsIgnoreCase(column.name())) {
						csv.alias(column.name(), header);
						known.add(header);
					}
				}
			}
			if (tell && !csv.sheetsPassedOver().isEmpty()) {
				log.info("{}: the table read from the sheet '{}'; passed over: {} (已跳过说明页和隐藏的工作表)", name,
						csv.sheetName(), String.join(", ", csv.sheetsPassedOver()));
			}
			if (tell && csv.titleRows() > 0) {
				// Passed over, not lost: the person loading sees what was taken for a title.
				log.info("{}: {} read as a title above the header on line {} and passed over: {} (表头上方的标题行已跳过)", name,
						csv.titleRows() == 1 ? "1 row" : csv.titleRows() + " rows", csv.headerLine(),
						String.join(" / ", csv.titles().stream().map(t -> "'" + t + "'").toList()));
			}
			boolean missing = twice(csv, problems);
			if (problems instanceof Hints hints) {
				// After the header's own problems, which name a column given twice by its name: its headers differ.
				var written = new HashMap<String, String>();
				this.columns.forEach(column -> {
					if (!csv.label(column.name()).equals(column.name())) {
						written.put(column.name(), csv.label(column.name()));
					}
				});
				hints.labels(name, written);
			}
			for (var column : this.columns) {
				if (column.isRequired() && !csv.has(column.name())) {
					missing = true;
					problems.accept(new LoadProblem(name, csv.headerLine(), column.name(), "a column named "
							+ String.join(" or ", headers(column).stream().map(w -> "'" + w + "'").toList()) + " (缺少列)",
							"columns " + csv.header()));
				}
			}
			for (var header : csv.header()) {
				if (!header.isEmpty() && !known.contains(header) && !note(header)) {
					problems.accept(new LoadProblem(name, csv.headerLine(), header, "only the columns "
							+ this.columns.stream().map(Column::name).toList()
							+ ", or their Chinese names (loader/FORMATS.md), or note columns (序号, or a name starting with _ or 备注)",
							"an unknown column '" + header + "' (未知列名，是否拼写错误？)"));
				}
			}
			if (missing) {
				refuseAll(refused);
				return;
			}
			for (var record : csv) {
				var total = totalRow(record, csv);
				if (total != null) {
					if (tell) {
						log.info("{}:{} read as a total row and passed over: {} (合计行已跳过)", record.file(), record.line(),
								String.join(" / ", total.stream().map(t -> "'" + t + "'").toList()));
					}
					continue;
				}
				var row = row(record, csv, problems, refused);
				if (row != null) {
					rows.accept(row);
				}
			}
		}
		catch (LoadException ex) {
			ex.problems().forEach(problems);
			refuseAll(refused);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	/** A spreadsheet's total row's first cell: 合计, 总计, 小计 or 共计, alone or before a count (合计：12 家, 共计12家). */
	private static final Pattern TOTAL = Pattern.compile("[合总小共]\\s*计([\\s:：(（\\d].*)?");

	/**
	 * The cells of a total row, which a list kept in a spreadsheet often ends with (合计 | 共 12 家), else null: 合计,
	 * 总计, 小计 or 共计 in its first cell with something in it, and no source. Without a source (every table's required
	 * column) the row could never load: passed over and named, it loses nothing, where it was refused as a record
	 * without its id, region and source, three problems for one row that is no record.
	 */
	private List<String> totalRow(CsvSource.Row record, CsvSource csv) {
		if (record.get("source") != null) {
			return null;
		}
		var cells = csv.header().stream().map(h -> record.fields().get(h)).filter(v -> v != null && !v.isBlank())
			.map(String::strip).toList();
		return !cells.isEmpty() && TOTAL.matcher(cells.getFirst()).matches() ? cells : null;
	}

	/** Remembers the key of a refused record, so that a reference to it is not reported as unknown as well. */
	private void refuse(CsvSource.Row record, Refused refused) {
		var key = this.defines == null ? null : Slips.halfWidth(record.get(this.key.getFirst())); // as references read it
		if (key != null) {
			refused.key(this.defines, key);
		}
	}

	private void refuseAll(Refused refused) {
		if (this.defines != null) {
			refused.all(this.defines);
		}
	}

	/**
	 * The first cell of a CSV row short of cells that holds a full-width comma, quoted, when the row holds as many of
	 * them as it lacks cells (a Chinese input method typed the separator); else null. A full-width comma inside a
	 * value of a row with all its cells is the value's.
	 */
	private static String fullWidthSeparator(CsvSource.Row record, CsvSource csv) {
		if (!record.file().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
			return null;
		}
		int missing = 0;
		int commas = 0;
		String first = null;
		for (var column : csv.header()) {
			if (column.isEmpty()) {
				continue;
			}
			var cell = record.fields().get(column);
			if (cell == null) {
				missing++; // past the row's last cell: a cell present but empty is ""
				continue;
			}
			int here = (int) cell.chars().filter(c -> c == '，').count();
			if (here > 0 && first == null) {
				first = "'" + cell.strip() + "' under " + column;
			}
			commas += here;
		}
		return missing > 0 && commas >= missing ? first : null;
	}

	private Row row(CsvSource.Row record, CsvSource csv, Consumer<LoadProblem> problems, Refused refused) {
		var values = new LinkedHashMap<String, Object>();
		var problemsOfRow = new ArrayList<LoadProblem>();
		if (record.fields().containsKey("#extra")) {
			// Only this: when a comma split a cell, every cell after it is in the wrong column, and checking them
			// would report the one mistake once per column.
			problems.accept(new LoadProblem(record.file(), record.line(), null,
					"no cells beyond the header's " + csv.header().size() + " columns",
					"'" + record.fields().get("#extra") + "' after the last column (多出的单元格：是否有未加引号的逗号，或表头缺少列名？)"));
			refuse(record, refused);
			return null;
		}
		if (record.fields().containsKey("#nameless")) {
			// The other cells are in their columns: they are checked too, so that one pass finds all of the row's.
			problemsOfRow.add(new LoadProblem(record.file(), record.line(), null,
					"a name in the header above every column that has values",
					record.fields().get("#nameless") + ", whose header cell is empty (该列没有列名：请在表头填写列名，或删除该列)"));
		}
		for (var column : this.columns) {
			var formula = record.uncomputed(column.name());
			if (formula != null) {
				// Read as empty, the cell would be a missing value or a firm's region gone without a word.
				problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()),
						"the value the cell's formula computes", CsvSource.uncomputed(formula)));
				continue;
			}
			var raw = column.rules().isEmpty() && column.reference() == null ? record.get(column.name())
					: Slips.halfWidth(record.get(column.name()));
			if (raw == null) {
				// An empty source is reported once, by Provenance below, with the kinds of source there are.
				if (column.isRequired() && !column.name().equals("source")) {
					problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()), "a value (必填)", "an empty cell"));
				}
				continue;
			}
			if (raw.length() > Column.MAX_LENGTH) {
				problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()),
						"at most " + Column.MAX_LENGTH + " characters", raw.length() + " characters (内容过长)"));
				continue;
			}
			var hidden = Characters.hiddenIn(column.name(), raw);
			if (hidden != null) {
				problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()),
						Characters.EXPECTED, hidden));
				continue;
			}
			var parts = column.isList()
					? Stream.of(LIST_SEPARATOR.split(raw)).map(String::strip).filter(s -> !s.isEmpty()).toList()
					: List.of(raw);
			var converted = new ArrayList<Object>();
			for (var part : parts) {
				String wrong = null;
				for (var rule : column.rules()) {
					wrong = rule.apply(part);
					if (wrong != null) {
						break;
					}
				}
				if (wrong != null) {
					problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()), wrong, "'" + part + "'"));
				}
				else {
					converted.add(column.convert().apply(part));
				}
			}
			if (column.isList()) {
				// One value twice in a cell is a slip (3601;3606;3601 for 3601;3606;3607?), and as links it had been
				// counted as two created where the graph got one.
				var repeated = converted.stream().filter(v -> converted.indexOf(v) != converted.lastIndexOf(v)).distinct().toList();
				if (!repeated.isEmpty()) {
					problemsOfRow.add(new LoadProblem(record.file(), record.line(), csv.label(column.name()),
							"each value once in the list (列表中的值不能重复)", repeated.stream().map(v -> "'" + v + "'")
								.collect(java.util.stream.Collectors.joining(", ")) + " more than once in '" + raw + "'"));
				}
				values.put(column.name(), List.copyOf(converted));
			}
			else if (!converted.isEmpty()) {
				values.put(column.name(), converted.getFirst());
			}
		}
		Provenance.check(record.file(), record.line(), record.get("source"), record.get("quote"), problemsOfRow::add);
		if (problemsOfRow.isEmpty()) {
			return new Row(record.file(), record.line(), values);
		}
		var fullWidth = fullWidthSeparator(record, csv);
		if (fullWidth != null) {
			// One mistake, one problem: every cell after the full-width comma is one column left, and checking them
			// reported the firm id as invalid, the segment as '配套', the source as missing.
			problems.accept(new LoadProblem(record.file(), record.line(), null, "cells separated by commas (,)",
					fullWidth + ": a full-width comma (，) where the comma between two cells belongs, the row "
							+ "short of cells (单元格之间须用半角逗号“,”分隔，该行用了全角逗号“，”)"));
			refuse(record, refused);
			return null;
		}
		if (record.fields().containsKey("#padded")) {
			// The row's problems are likely one: a comma in a value that has no quotes around it.
			int cells = csv.header().size() + Integer.parseInt(record.fields().get("#padded"));
			problems.accept(new LoadProblem(record.file(), record.line(), null,
					"as many cells as the header's " + csv.header().size() + " columns",
					cells + " cells, the last empty: a comma in a value without quotes around it moves every cell after"
							+ " it one column right, as the problems of this line below may show (该行比表头多出单元格：值中"
							+ "含逗号时，请给整个值加英文双引号，如 \"南昌某公司,南昌分公司\")"));
		}
		problemsOfRow.stream().distinct().forEach(problems);
		refuse(record, refused);
		return null;
	}

}
