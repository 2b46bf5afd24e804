package io.chaingraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL type {@code Source}: provenance read from an element's {@code source}, {@code quote},
 * {@code illustrative} and {@code datasets} (the ids of the data sets that list it; {@value #CURATION} when the
 * curation API wrote or changed it).
 *
 * @param dataSetKeys the ids of the loaded data sets that list the element, in the order stored
 */
public record Source(String reference, String quote, boolean illustrative, List<String> dataSetKeys, boolean curated) {

	/** What the curation API adds to an element's {@code datasets} (as {@code Curation.MARKER}). */
	public static final String CURATION = "curation:api";

	public static Source of(Map<String, Object> properties) {
		var reference = (String) properties.get("source");
		List<String> keys = List.of();
		boolean curated = false;
		// A loop, not a stream: this runs for every object of every answer.
		if (properties.get("datasets") instanceof List<?> list && !list.isEmpty()) {
			var loaded = new ArrayList<String>(list.size());
			for (var key : list) {
				if (CURATION.equals(key)) {
					curated = true;
				}
				else {
					loaded.add(String.valueOf(key));
				}
			}
			keys = loaded;
		}
		return new Source(reference == null ? "unknown" : reference, (String) properties.get("quote"),
				Boolean.TRUE.equals(properties.get("illustrative")) || "illustrative".equals(reference), keys, curated);
	}

}
