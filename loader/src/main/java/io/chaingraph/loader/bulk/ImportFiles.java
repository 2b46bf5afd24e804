package io.chaingraph.loader.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.loader.dataset.GraphRowSink;
import io.chaingraph.loader.source.CsvWriter;

/**
 * Writes graph rows as the CSV input of {@code neo4j-admin database import full}: one file per data set and query,
 * nodes with an {@code :ID} column, their key as a property and typed property columns, relationships with
 * {@code :START_ID} and {@code :END_ID}, and on every element the {@code datasets} list a transactional load writes.
 * <p>
 * The ids are the node ids themselves ({@code --id-type=actual}): this writer numbers the nodes as they come and
 * keeps, per label, which key got which number, so the importer needs no id mapping of its own, which takes a third
 * off its time (about 24 bytes a node; every node row comes before the rows of the relationships that reach it). The
 * graph the
 * importer builds from these files is the one the {@code load/*} queries write for the same rows: a null property is
 * an empty field (no property), a relationship row without an end is skipped, and rows repeating a (from, to) pair
 * are merged, the last one winning, as {@code MERGE … SET r += props} does.
 * <p>
 * Streaming: rows are written as they come, except those of relationship queries that can repeat a pair, which are
 * kept until {@link #close()} (they are small: neighbours, cluster regions, a product's segment …). The stored firm
 * counts ({@code FIRM_COUNT}, derived data) are computed from the rows as they pass and written at {@link #close()}.
 */
public final class ImportFiles implements GraphRowSink, AutoCloseable {

	/** Between the elements of a list property: a control character that no text of a data set holds (checked). */
	public static final char ARRAY_DELIMITER = '\u001F';

	/** The importer's type of each property that is not a string. */
	private static final Map<String, String> TYPES = Map.of("founded", "long", "order", "long", "year", "long", "weight",
			"double", "value", "double", "illustrative", "boolean", "aliases", "string[]", "tags", "string[]", "datasets",
			"string[]");

	private final Path folder;

	private final Set<String> oneRowPerLink;

	private final Map<String, Output> outputs = new LinkedHashMap<>();

	/** The node id given to each key, per label. */
	private final Map<String, NodeIds> ids = new HashMap<>();

	private long nextId;

	private long unresolved;

	private String dataset;

	private boolean multiline;

	private long nanos;

	/** The stored firm counts, computed from the rows as they pass (see {@link FirmCounts}). */
	private final FirmCounts firmCounts = new FirmCounts();

	private Path firmCountFile;

	private long firmCountRows;

	/**
	 * @param folder where the files go (created when missing)
	 * @param oneRowPerLink the relationship queries whose rows never repeat a (from, to) pair
	 */
	public ImportFiles(Path folder, Set<String> oneRowPerLink) {
		this.folder = folder;
		this.oneRowPerLink = oneRowPerLink;
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + folder, ex);
		}
	}

	/** The data set the rows that follow belong to: recorded in every element's {@code datasets}. */
	@Override
	public void dataSet(String id) {
		this.dataset = id;
	}

	@Override
	public void declareNodes(String type, String query, String keyProperty) {
		// Files are opened on their first row: a type without rows gets none.
	}

	@Override
	public void declareRelationships(String type, String query, String fromLabel, String fromKey, String toLabel,
			String toKey) {
	}

	@Override
	public void node(String type, String query, String keyProperty, Object key, Map<String, Object> props) {
		long started = System.nanoTime();
		var output = output(query, type, true);
		if (output.writer == null) {
			output.open(":ID", props);
		}
		if (!key.equals(props.get(keyProperty))) {
			throw new IllegalStateException(type + " row with key " + key + " but " + keyProperty + " "
					+ props.get(keyProperty));
		}
		long id = this.nextId++;
		if (!this.ids.computeIfAbsent(type, t -> new NodeIds()).put(key, id)) {
			// A key used twice: the reader reports it and the load stops; counted in case it did not.
			this.unresolved++;
			this.nanos += System.nanoTime() - started;
			return;
		}
		if ("load/enterprises".equals(query)) {
			this.firmCounts.firm(id, key, (String) props.get("nameKey"));
		}
		output.writer.field(Long.toString(id));
		output.write(props);
		this.nanos += System.nanoTime() - started;
	}

	@Override
	public void relationship(String type, String query, String fromLabel, String fromKey, String toLabel, String toKey,
			Object from, Object to, Map<String, Object> props) {
		if (to == null) {
			return; // "no such link": the query writes nothing for it
		}
		long started = System.nanoTime();
		var output = output(query, type, false);
		if (output.writer == null) {
			output.open(":START_ID,:END_ID", props);
		}
		long start = id(fromLabel, from);
		long end = id(toLabel, to);
		if (start < 0 || end < 0) {
			// A reference to nothing: the reader reports it and the load stops; counted in case it did not.
			this.unresolved++;
		}
		else if (this.oneRowPerLink.contains(query)) {
			this.firmCounts.relationship(query, start, end);
			output.writer.field(Long.toString(start)).field(Long.toString(end));
			output.write(props);
		}
		else {
			output.pending.put(List.of(start, end), props);
		}
		this.nanos += System.nanoTime() - started;
	}

	private long id(String label, Object key) {
		var byKey = this.ids.get(label);
		return byKey == null ? -1 : byKey.get(key);
	}

	/** Node rows repeating a key, and relationship rows whose start or end was not written: 0 for a valid data set. */
	public long unresolved() {
		return this.unresolved;
	}

	/** Writes what was kept and closes every file. */
	@Override
	public void close() {
		long started = System.nanoTime();
		for (var output : this.outputs.values()) {
			if (output.writer == null) {
				continue;
			}
			for (var entry : output.pending.entrySet()) {
				output.writer.field(entry.getKey().get(0).toString()).field(entry.getKey().get(1).toString());
				output.write(entry.getValue());
			}
			output.pending.clear();
			output.writer.close();
		}
		// Derived, not a data set's: no datasets list, so no --prune ever removes them; a load recomputes them.
		this.firmCountFile = this.folder.resolve(String.format("%02d-derived-firm-counts.csv", this.outputs.size() + 1));
		this.firmCountRows = this.firmCounts.write(this.firmCountFile);
		// The keys of every node (a million firms and more) are not needed once the files are written: free them
		// for the importer, which runs in the same heap.
		this.ids.clear();
		this.nanos += System.nanoTime() - started;
	}

	/** The importer's options for these files: {@code --nodes=…}, {@code --relationships=…} and the CSV dialect. */
	public List<String> arguments() {
		var arguments = new ArrayList<String>();
		for (var output : this.outputs.values()) {
			if (output.rows > 0) {
				arguments.add((output.node ? "--nodes=" : "--relationships=") + output.type + "=" + output.file);
			}
		}
		if (this.firmCountRows > 0) {
			arguments.add("--relationships=" + FirmCounts.TYPE + "=" + this.firmCountFile);
		}
		arguments.add("--id-type=actual");
		arguments.add("--array-delimiter=U+" + String.format("%04X", (int) ARRAY_DELIMITER));
		if (this.multiline) {
			// Slower parsing, needed only when some text holds a line break.
			arguments.add("--multiline-fields=true");
		}
		return arguments;
	}

	/** Nodes written, by label. */
	public Map<String, Long> nodes() {
		return counts(true);
	}

	/** Relationships written, by type. */
	public Map<String, Long> relationships() {
		return counts(false);
	}

	/** Time spent formatting and writing rows. */
	public long writeNanos() {
		return this.nanos;
	}

	/** The size of the files written. */
	public long bytes() {
		return this.outputs.values().stream().filter(o -> o.writer != null).mapToLong(o -> o.file.toFile().length()).sum()
				+ (this.firmCountFile == null ? 0 : this.firmCountFile.toFile().length());
	}

	private Map<String, Long> counts(boolean nodes) {
		var counts = new LinkedHashMap<String, Long>();
		for (var output : this.outputs.values()) {
			if (output.node == nodes && output.rows > 0) {
				counts.merge(output.type, output.rows, Long::sum);
			}
		}
		if (!nodes && this.firmCountRows > 0) {
			counts.put(FirmCounts.TYPE, this.firmCountRows);
		}
		return counts;
	}

	private Output output(String query, String type, boolean node) {
		if (this.dataset == null) {
			throw new IllegalStateException("dataSet(id) names the data set before the first row");
		}
		return this.outputs.computeIfAbsent(this.dataset + " " + query, k -> new Output(
				this.folder.resolve(String.format("%02d-%s-%s.csv", this.outputs.size() + 1, this.dataset,
						query.replace("load/", "").replace('/', '-'))),
				type, node, this.dataset));
	}

	/** One file: its columns, and the rows of a relationship query that can repeat a pair. */
	private final class Output {

		final Path file;

		final String type;

		final boolean node;

		final String dataset;

		final Map<List<Object>, Map<String, Object>> pending = new LinkedHashMap<>();

		final List<String> columns = new ArrayList<>();

		CsvWriter writer;

		long rows;

		Output(Path file, String type, boolean node, String dataset) {
			this.file = file;
			this.type = type;
			this.node = node;
			this.dataset = dataset;
		}

		void open(String idColumns, Map<String, Object> props) {
			this.writer = new CsvWriter(this.file);
			var header = new StringBuilder(idColumns);
			for (var name : props.keySet()) {
				this.columns.add(name);
				var type = TYPES.get(name);
				header.append(',').append(name).append(type == null ? "" : ":" + type);
			}
			header.append(",datasets:string[]");
			// The header is written as is: its commas separate the columns.
			for (var column : header.toString().split(",")) {
				this.writer.field(column);
			}
			this.writer.end();
		}

		/** The property fields of one row, then its data set; ends the record. */
		void write(Map<String, Object> props) {
			if (props.size() != this.columns.size()) {
				throw new IllegalStateException(this.type + " rows differ in their properties: " + props.keySet()
						+ " after " + this.columns);
			}
			for (var column : this.columns) {
				this.writer.field(text(column, props.get(column)));
			}
			this.writer.field(this.dataset);
			this.writer.end();
			this.rows++;
		}

		private String text(String column, Object value) {
			if (value == null) {
				return null;
			}
			var type = TYPES.getOrDefault(column, "string");
			var fits = switch (type) {
				case "long" -> value instanceof Long || value instanceof Integer;
				case "double" -> value instanceof Double;
				case "boolean" -> value instanceof Boolean;
				case "string[]" -> value instanceof List<?>;
				default -> value instanceof String;
			};
			if (!fits) {
				throw new IllegalStateException("Property " + column + " of " + this.type + " is a "
						+ value.getClass().getSimpleName() + ", the import files declare it " + type);
			}
			if (value instanceof List<?> list) {
				var joined = new StringBuilder();
				for (var element : list) {
					var text = (String) element;
					if (text.indexOf(ARRAY_DELIMITER) >= 0) {
						throw new IllegalArgumentException("A value of " + column + " of " + this.type
								+ " holds the character U+001F, which the bulk import uses between list elements");
					}
					noteLineBreaks(text);
					if (!joined.isEmpty()) {
						joined.append(ARRAY_DELIMITER);
					}
					joined.append(text);
				}
				return joined.toString();
			}
			var text = value.toString();
			if (value instanceof String) {
				noteLineBreaks(text);
			}
			return text;
		}

		private void noteLineBreaks(String text) {
			if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				ImportFiles.this.multiline = true;
			}
		}

	}

}
