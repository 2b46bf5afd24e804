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
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.chaingraph.loader.source.CsvSource;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;

/**
 * The schema of one CSV file of a data set: its columns and key. Reading checks every cell against its column and
 * reports every problem of the file, not just the first; references to other records are checked later, across
 * files, by {@link DataSet}.
 *
 * @param file the file name within the data set folder
 * @param key the columns whose values together identify a record (a duplicate is an error)
 * @param columns every column the file may have; {@code source} and {@code quote} are added to all
 */
public record Table(String file, List<String> key, List<Column> columns) {

	public static Table of(String file, List<String> key, Column... columns) {
		var all = new ArrayList<>(Arrays.asList(columns));
		all.add(Column.text("source").required());
		all.add(Column.text("quote"));
		return new Table(file, key, List.copyOf(all));
	}

	/** Columns a person may add for their own notes without the loader complaining. */
	private static boolean note(String header) {
		return header.startsWith("_") || header.startsWith("#") || header.startsWith("备注") || header.equals("note");
	}

	/**
	 * Reads the file from the folder; a missing file reads as no rows.
	 * @param problems receives every problem found
	 */
	public List<Row> read(Path folder, Consumer<LoadProblem> problems) {
		var path = folder.resolve(this.file);
		if (!Files.exists(path)) {
			return List.of();
		}
		var rows = new ArrayList<Row>();
		try (var csv = new CsvSource(this.file, Files.newInputStream(path))) {
			var missing = new ArrayList<LoadProblem>();
			csv.requireColumns(this.columns.stream().filter(Column::isRequired).map(Column::name).toList(), missing::add);
			missing.forEach(problems);
			var known = this.columns.stream().map(Column::name).toList();
			for (var header : csv.header()) {
				if (!known.contains(header) && !note(header)) {
					problems.accept(new LoadProblem(this.file, 1, header, "only the columns " + known
							+ " (or note columns starting with _ or 备注)", "an unknown column '" + header + "' (未知列名，是否拼写错误?)"));
				}
			}
			if (!missing.isEmpty()) {
				return List.of();
			}
			var seen = new HashMap<List<Object>, Integer>();
			for (var record : csv) {
				var row = row(record, problems);
				if (row == null) {
					continue;
				}
				var key = this.key.stream().map(row::value).toList();
				var first = seen.putIfAbsent(key, row.line());
				if (first != null) {
					problems.accept(new LoadProblem(this.file, row.line(), String.join("+", this.key),
							"a key used once per file (主键重复)", key + ", already on line " + first));
					continue;
				}
				rows.add(row);
			}
		}
		catch (LoadException ex) {
			ex.problems().forEach(problems);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		return rows;
	}

	private Row row(CsvSource.Row record, Consumer<LoadProblem> problems) {
		var values = new LinkedHashMap<String, Object>();
		var problemsOfRow = new ArrayList<LoadProblem>();
		if (record.fields().containsKey("#extra")) {
			problemsOfRow.add(new LoadProblem(this.file, record.line(), null,
					"as many cells as the header has columns (" + this.columns.size() + " at most)",
					"more cells: " + record.fields().get("#extra") + " (多出的单元格，是否有未加引号的逗号?)"));
		}
		for (var column : this.columns) {
			var raw = record.get(column.name());
			if (raw == null) {
				if (column.isRequired()) {
					problemsOfRow.add(new LoadProblem(this.file, record.line(), column.name(), "a value (必填)", "an empty cell"));
				}
				continue;
			}
			if (raw.length() > Column.MAX_LENGTH) {
				problemsOfRow.add(new LoadProblem(this.file, record.line(), column.name(),
						"at most " + Column.MAX_LENGTH + " characters", raw.length() + " characters (内容过长)"));
				continue;
			}
			var parts = column.isList() ? Stream.of(raw.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList()
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
					problemsOfRow.add(new LoadProblem(this.file, record.line(), column.name(), wrong, "'" + part + "'"));
				}
				else {
					converted.add(column.convert().apply(part));
				}
			}
			if (column.isList()) {
				values.put(column.name(), List.copyOf(converted));
			}
			else if (!converted.isEmpty()) {
				values.put(column.name(), converted.getFirst());
			}
		}
		Provenance.check(this.file, record.line(), record.get("source"), record.get("quote"), problemsOfRow::add);
		problemsOfRow.stream().distinct().forEach(problems);
		return problemsOfRow.isEmpty() ? new Row(this.file, record.line(), values) : null;
	}

}
