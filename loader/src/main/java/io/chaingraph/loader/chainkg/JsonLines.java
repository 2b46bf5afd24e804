package io.chaingraph.loader.chainkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-lines file read one line at a time: only the current line is held. Lines that are not a JSON object are
 * reported with their number and skipped, so one pass finds every broken line.
 */
final class JsonLines {

	// NaN is accepted because Python's json module, which wrote the data set, writes it for a missing float.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final int SNIPPET = 60;

	/**
	 * One line of a file, parsed.
	 * @param file the file name, e.g. {@code company.json}
	 * @param number 1-based line number
	 * @param json the object on the line
	 */
	record Line(String file, int number, JsonNode json) {

		/** Provenance of what this line states first: {@code chainkg:company.json:12}. */
		String source() {
			return "chainkg:" + this.file + ":" + this.number;
		}

		/** {@code company.json:12}, for reports. */
		String where() {
			return this.file + ":" + this.number;
		}

	}

	private JsonLines() {
	}

	/**
	 * Hands each JSON object of the file to {@code each}, in order.
	 * @return the number of non-blank lines read
	 */
	static long read(Path path, String file, Problems problems, Consumer<Line> each) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long read = 0;
		int number = 0;
		try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
			String text;
			while ((text = reader.readLine()) != null) {
				number++;
				if (number == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (text.isBlank()) {
					continue;
				}
				read++;
				JsonNode json;
				try {
					json = MAPPER.readTree(text);
				}
				catch (JacksonException ex) {
					problems.add(file, number, null, "one JSON object per line (每行一个 JSON 对象)",
							snippet(text) + " (" + ex.getOriginalMessage() + ")");
					continue;
				}
				if (json == null || !json.isObject()) {
					problems.add(file, number, null, "one JSON object per line (每行一个 JSON 对象)", snippet(text));
					continue;
				}
				each.accept(new Line(file, number, json));
			}
		}
		catch (CharacterCodingException ex) {
			// The reader decodes ahead of the lines it hands out, so the bad bytes are at or after the next line.
			problems.add(file, number + 1, null, "UTF-8 text (UTF-8 编码)", "bytes that are not UTF-8 at or after this line");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		return read;
	}

	private static String snippet(String text) {
		var cut = (text.length() > SNIPPET) ? text.substring(0, SNIPPET) + "…" : text;
		return "'" + cut + "'";
	}

}
