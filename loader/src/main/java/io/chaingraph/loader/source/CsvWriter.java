package io.chaingraph.loader.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file record by record (RFC 4180, UTF-8 without BOM unless asked for one, {@code \n} line ends): a
 * field is quoted only when it holds a comma, a quote or a line break, so the output is what {@link CsvSource} and
 * Neo4j's importer read back.
 * Memory stays constant whatever the number of records.
 */
public final class CsvWriter implements AutoCloseable {

	private final Writer out;

	private boolean first = true;

	private long records;

	public CsvWriter(Path file) {
		this(file, false);
	}

	/**
	 * A writer that starts the file with a byte order mark when asked: Excel and WPS then open the UTF-8 as UTF-8 (the
	 * Chinese is garbled without it); the loader reads either.
	 */
	public CsvWriter(Path file, boolean byteOrderMark) {
		try {
			this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
					1 << 16);
			if (byteOrderMark) {
				this.out.write('\uFEFF');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** Writes a whole record. */
	public CsvWriter record(String... fields) {
		for (var field : fields) {
			field(field);
		}
		return end();
	}

	/** Appends one field to the current record; null writes an empty field. */
	public CsvWriter field(String value) {
		try {
			if (!this.first) {
				this.out.write(',');
			}
			this.first = false;
			if (value == null || value.isEmpty()) {
				return this;
			}
			if (needsQuotes(value)) {
				this.out.write('"');
				this.out.write(value.replace("\"", "\"\""));
				this.out.write('"');
			}
			else {
				this.out.write(value);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the current record. */
	public CsvWriter end() {
		try {
			this.out.write('\n');
			this.first = true;
			this.records++;
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Records written so far, the header included. */
	public long records() {
		return this.records;
	}

	private static boolean needsQuotes(String value) {
		// indexOf is vectorised: four scans beat one loop over the characters.
		return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
	}

	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
