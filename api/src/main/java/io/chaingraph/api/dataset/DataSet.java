package io.chaingraph.api.dataset;

import java.util.Map;

import io.chaingraph.api.graphql.Props;

/**
 * The GraphQL type {@code DataSet}: one loaded data set, from its {@code DataSet} node (the loader's bookkeeping).
 *
 * @param asOf the date its content describes ({@code asOf} in dataset.yaml, YYYY-MM-DD), or null
 * @param loadedAt when a load last changed its content (ISO-8601); a load of the same files keeps it
 */
public record DataSet(String key, String name, String format, Integer rows, String asOf, String loadedAt) {

	static DataSet of(Map<String, Object> p) {
		return new DataSet(Props.text(p, "id"), Props.text(p, "name"), Props.text(p, "format"), Props.integer(p, "rows"),
				Props.text(p, "asOf"), Props.text(p, "loadedAt"));
	}

}
