package io.chaingraph.loader.dataset;

import java.util.List;
import java.util.Map;

/**
 * One valid record of a table: where it came from and its converted values (lists for list columns, absent when
 * empty).
 */
public record Row(String file, int line, Map<String, Object> values) {

	public String text(String column) {
		return (String) this.values.get(column);
	}

	@SuppressWarnings("unchecked")
	public List<String> list(String column) {
		var value = this.values.get(column);
		return value == null ? List.of() : (List<String>) value;
	}

	public Object value(String column) {
		return this.values.get(column);
	}

	/** {@code enterprises.csv:12}, the place a graph element says it came from when the file states no source. */
	public String origin() {
		return this.file + ":" + this.line;
	}

}
